import { describe, expect, it } from 'vitest';
import type { ApiOrder } from '../api/api-types.js';
import { scheduleDays, scheduleRowsFromAnswer, scheduleRowsFromOrders } from './schedule-rows.js';

describe('the production schedule', () => {
  it('reads slots listed one by one', () => {
    const rows = scheduleRowsFromAnswer({
      items: [
        { plant: 'NB', buildDate: '2026-12-08', sequence: 2, orderNo: 'SO-2', orderId: 'b', model: 'E7', vin: null },
      ],
      nextCursor: null,
    });
    expect(rows).toEqual([
      { plant: 'NB', buildDate: '2026-12-08', sequence: 2, orderNo: 'SO-2', orderId: 'b', model: 'E7', vin: null },
    ]);
  });

  it('reads days that hold their orders, and leaves out entries with no plant or day', () => {
    const rows = scheduleRowsFromAnswer([
      {
        plant: 'CQ',
        date: '2026-12-09',
        orders: [{ orderNo: 'SO-9', id: 'z', sequence: 1, vehicle: { model: 'X9' } }],
      },
      { sequence: 4 },
    ]);
    expect(rows).toEqual([
      { plant: 'CQ', buildDate: '2026-12-09', sequence: 1, orderNo: 'SO-9', orderId: 'z', model: 'X9', vin: null },
    ]);
  });

  it('takes the slots of scheduled orders within the plant and days asked for', () => {
    const order = (orderNo: string, plant: string, buildDate: string, sequence: number) =>
      ({
        id: orderNo,
        orderNo,
        vehicle: { model: 'E7' },
        vin: null,
        productionSlot: { plant, buildDate, sequence },
      }) as unknown as ApiOrder;
    const rows = scheduleRowsFromOrders(
      [
        order('SO-1', 'NB', '2026-12-07', 1),
        order('SO-2', 'CQ', '2026-12-07', 1),
        order('SO-3', 'NB', '2027-02-01', 1),
      ],
      { plant: 'NB', from: '2026-12-01', to: '2026-12-31' },
    );
    expect(rows.map((row) => row.orderNo)).toEqual(['SO-1']);
  });

  it('groups cars by day and plant, in build order', () => {
    const row = (plant: string, buildDate: string, sequence: number) => ({
      plant,
      buildDate,
      sequence,
      orderNo: `${plant}-${sequence}`,
      orderId: null,
      model: null,
      vin: null,
    });
    const days = scheduleDays([row('NB', '2026-12-08', 2), row('NB', '2026-12-07', 1), row('NB', '2026-12-08', 1)]);
    expect(days.map((day) => `${day.date} ${day.rows.map((r) => r.sequence).join(',')}`)).toEqual([
      '2026-12-07 1',
      '2026-12-08 1,2',
    ]);
  });
});
