import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/application/actor.js';
import { setPartSupply } from '../../src/application/commands/supply-commands.js';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';
import { apiOf, eventTypes, panoramicOrder } from '../support/order-life.js';

const GLASS = 'GLASS-PANO-E7';
const PLANNER: Actor = { userId: 'u-planner', username: 'allocator', role: 'oem_allocation', dealerCode: null };

describe.each(DIALECTS)('postponed orders and the supply of parts (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let n = 500;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
  });
  afterAll(() => t.close());

  const submit = async (body: object) => {
    t.clock.advance(1_000);
    const response = await api('POST', '/api/v1/orders', 'sh.sales', body);
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const status = async (id: string) => (await api('GET', `/api/v1/orders/${id}`, 'allocator')).json().status;
  const part = async (code: string) => {
    const items = (await api('GET', '/api/v1/materials', 'allocator')).json().items;
    return items.find((item: { code: string }) => item.code === code);
  };
  const supply = (code: string, availableUnits: number) =>
    api('PUT', `/api/v1/materials/${code}`, 'allocator', { availableUnits, expectedAt: '2026-12-20T02:00:00Z' });
  const holdersOf = async (code: string) => {
    const rows = await t.database.db.selectFrom('orders').select(['reserved_parts']).execute();
    return rows.filter((row) => (JSON.parse(row.reserved_parts) as string[]).includes(code)).length;
  };

  it('postpones an order whose roof glass is out of stock, with the expected supply date', async () => {
    const order = await submit(panoramicOrder(++n));
    expect(order.status).toBe('postponed');
    const hold = order.verification.checks.find((line: { check: string }) => line.check === 'materials');
    expect(hold).toMatchObject({ result: 'hold', code: 'part_short', details: { part: GLASS } });
    expect(hold.details.expectedAt).toMatch(/^2026-12-18/);
    expect(order.lockedPriceCents).toBeNull();
    expect((await part(GLASS)).waitingOrders).toBeGreaterThanOrEqual(1);
  });

  it('verifies the waiting orders oldest first, only as many as the new units, in the supply change', async () => {
    await supply(GLASS, 0);
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push(await submit(panoramicOrder(++n)));
    const waitingBefore = (await part(GLASS)).waitingOrders;
    const quotaBefore = await t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model: 'E7' });
    const response = await supply(GLASS, 2);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: GLASS, availableUnits: 0 });
    const verifiedNow = response.json().reverified.filter((entry: { status: string }) => entry.status === 'verified');
    expect(verifiedNow).toHaveLength(2);
    // Orders postponed by the test before are older: the supply goes to the oldest waiting orders first.
    const statuses = await Promise.all(orders.map((order) => status(order.id)));
    expect(statuses[2]).toBe('postponed');
    expect((await part(GLASS)).waitingOrders).toBe(waitingBefore - 2);
    const quotaAfter = await t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model: 'E7' });
    expect(quotaAfter!.used).toBe(quotaBefore!.used + 2);
    expect((await part(GLASS)).reservedUnits).toBe(await holdersOf(GLASS));
  });

  it('hands the next units to the waiting orders in the order they were submitted', async () => {
    const waiting = [];
    for (let i = 0; i < 3; i++) waiting.push(await submit(panoramicOrder(++n)));
    const all = await t.database.db
      .selectFrom('part_waits')
      .select('order_id')
      .where('part_code', '=', GLASS)
      .orderBy('order_created_at')
      .orderBy('order_id')
      .execute();
    const firstTwo = all.slice(0, 2).map((row) => row.order_id);
    const response = (await supply(GLASS, 2)).json();
    expect(response.reverified.map((entry: { id: string }) => entry.id)).toEqual(firstTwo);
    const id = firstTwo[0]!;
    expect(await eventTypes(t, id)).toEqual(['submitted', 'postponed', 'reverified', 'verified']);
    const messages = await t.services.runner.read.outbox.forOrder(id);
    expect(messages.map((message) => message.template)).toEqual(['order_postponed', 'order_verified']);
  });

  it('keeps an order short of a second part postponed, taking nothing, and verifies it when that part comes', async () => {
    // Every order waiting for glass gets it first, so that the next unit can only go to this order.
    await supply(GLASS, 1_000);
    await supply(GLASS, 0);
    await supply('LIDAR-UNIT', 0);
    const body = validOrder(++n, {
      vehicle: {
        model: 'E7',
        trim: 'LR',
        options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO', 'ADAS-PILOT'],
      },
    });
    const order = await submit(body);
    expect(order.status).toBe('postponed');
    const glass = (await supply(GLASS, 1)).json();
    expect(glass.reverified).toEqual([{ id: order.id, orderNo: order.orderNo, status: 'postponed' }]);
    expect(glass).toMatchObject({ availableUnits: 1, reservedUnits: await holdersOf(GLASS) });
    const still = (await api('GET', `/api/v1/orders/${order.id}`, 'allocator')).json();
    expect(still.verification.checks.filter((line: { result: string }) => line.result === 'hold')).toHaveLength(1);
    const lidar = (await supply('LIDAR-UNIT', 5)).json();
    expect(lidar.reverified).toEqual([{ id: order.id, orderNo: order.orderNo, status: 'verified' }]);
    expect(await part(GLASS)).toMatchObject({ availableUnits: 0, waitingOrders: 0 });
    expect((await part('LIDAR-UNIT')).availableUnits).toBe(4);
  });

  it('never over-reserves a part when two supply changes arrive at once', async () => {
    await supply(GLASS, 0);
    for (let i = 0; i < 8; i++) await submit(panoramicOrder(++n));
    const [first, second] = await Promise.all([
      setPartSupply(t.services, PLANNER, GLASS, 2, null),
      setPartSupply(t.services, PLANNER, GLASS, 3, null),
    ]);
    const verified = [...first.reverified, ...second.reverified].filter((entry) => entry.status === 'verified');
    expect(verified).toHaveLength(5);
    expect(new Set(verified.map((entry) => entry.id)).size).toBe(5);
    const glass = await part(GLASS);
    expect(glass.availableUnits).toBe(0);
    expect(glass.reservedUnits).toBe(await holdersOf(GLASS));
    const bucket = await t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model: 'E7' });
    expect(bucket!.used).toBe(
      await t.services.runner.read.orders.countHoldingQuota({ region: 'EAST', month: '2026-12', model: 'E7' }),
    );
  });

  it('verifies nothing when the supply brings no unit', async () => {
    await submit(panoramicOrder(++n));
    const response = (await supply(GLASS, 0)).json();
    expect(response.reverified).toEqual([]);
    expect((await part(GLASS)).waitingOrders).toBeGreaterThan(0);
  });

  it('lets only planners record supply', async () => {
    expect((await api('PUT', `/api/v1/materials/${GLASS}`, 'reviewer', { availableUnits: 9 })).statusCode).toBe(403);
    expect((await api('PUT', `/api/v1/materials/${GLASS}`, 'sh.sales', { availableUnits: 9 })).statusCode).toBe(403);
  });
});
