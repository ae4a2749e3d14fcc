import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidVin } from '../../src/domain/vin/vin.js';
import { startSchedulingJob } from '../../src/main/scheduling-job.js';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder, type OrderBody } from '../support/order-fixtures.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Digits and capitals without I, O and Q. */
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

interface OrderView {
  id: string;
  orderNo: string;
  status: string;
  productionSlot: { plant: string; buildDate: string; sequence: number } | null;
  vin: string | null;
  eta: string | null;
}

describe.each(DIALECTS)('production scheduling over HTTP (%s)', (dialect) => {
  let t: TestApp;
  let n = 0;

  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  /** Sessions last 12 hours: moving the clock further makes everyone sign in again. */
  const advanceClock = (milliseconds: number) => {
    t.clock.advance(milliseconds);
    t.forgetLogins();
  };
  const tokenOf = (user: string) => t.login(user);

  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, user: string | null, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: user ? { authorization: `Bearer ${await tokenOf(user)}` } : {},
      ...(payload ? { payload } : {}),
    });

  const submit = async (body: OrderBody = validOrder(++n), user = 'sh.sales'): Promise<OrderView> => {
    const response = await call('POST', '/api/v1/orders', user, body);
    expect(response.statusCode).toBe(201);
    return response.json();
  };

  const submitVerified = async (body?: OrderBody, user?: string): Promise<OrderView> => {
    const order = await submit(body, user);
    expect(order.status).toBe('verified');
    return order;
  };

  const order = async (id: string): Promise<OrderView> =>
    (await call('GET', `/api/v1/orders/${id}`, 'allocator')).json();

  const scheduleNow = async () => {
    const response = await call('POST', '/api/v1/production/schedule', 'allocator');
    expect(response.statusCode).toBe(200);
    return response.json() as { scheduled: number; unscheduled: { orderId: string; reason: string }[] };
  };

  /** Ningbo builds E7 and C3 Monday to Saturday; a tiny capacity makes days fill up. */
  const setNingboCapacity = async (dailyCapacity: Record<string, number>) => {
    await t.database.db
      .updateTable('plants')
      .set({ daily_capacity: JSON.stringify(dailyCapacity) })
      .where('code', '=', 'NB')
      .execute();
    await t.services.reference.reload();
  };

  it('sequences verified orders oldest verification first into the earliest day with room, then the next working day', async () => {
    await setNingboCapacity({ E7: 2, C3: 600 });
    // Created first but verified last: its ID number is fixed only after the others were verified.
    const badId = validOrder(++n);
    const goodId = badId.customer.idNumber;
    badId.customer.idNumber = goodId.slice(0, 17) + (goodId.endsWith('1') ? '2' : '1');
    const lateVerified = await submit(badId);
    expect(lateVerified.status).toBe('rejected');
    const early: OrderView[] = [];
    for (let i = 0; i < 4; i++) {
      advanceClock(MINUTE_MS);
      early.push(await submitVerified());
    }
    advanceClock(MINUTE_MS);
    const fixed = await call('PATCH', `/api/v1/orders/${lateVerified.id}`, 'sh.sales', {
      customer: { idNumber: goodId },
    });
    expect(fixed.json().status).toBe('verified');

    expect(await scheduleNow()).toEqual({ scheduled: 5, unscheduled: [] });

    // Friday 4 December, noon in Shanghai: the first build date is Saturday the 5th; Ningbo rests on Sundays.
    const expected = [
      { buildDate: '2026-12-05', sequence: 1, eta: '2026-12-07' },
      { buildDate: '2026-12-05', sequence: 2, eta: '2026-12-07' },
      { buildDate: '2026-12-07', sequence: 1, eta: '2026-12-09' },
      { buildDate: '2026-12-07', sequence: 2, eta: '2026-12-09' },
      { buildDate: '2026-12-08', sequence: 1, eta: '2026-12-10' },
    ];
    const queue = [...early, lateVerified];
    for (const [index, { buildDate, sequence, eta }] of expected.entries()) {
      const scheduled = await order(queue[index]!.id);
      expect(scheduled.status).toBe('scheduled');
      expect(scheduled.productionSlot).toEqual({ plant: 'NB', buildDate, sequence });
      expect(scheduled.eta).toBe(eta);
      // WMI LA9, the E7's descriptor, the check digit, model year 2026 (T), Ningbo (N), serial in order.
      expect(scheduled.vin).toMatch(new RegExp(`^LA9EB7S4[0-9X]TN00000${index + 1}$`));
      expect(isValidVin(scheduled.vin!)).toBe(true);
    }
  });

  it('records the slot, VIN and estimate in one scheduled event and queues the order_scheduled message', async () => {
    const { id } = await submitVerified();
    await scheduleNow();
    const scheduled = await order(id);
    const events = (await call('GET', `/api/v1/orders/${id}/events`, 'sh.sales')).json().items;
    expect(events.map((event: { type: string }) => event.type)).toEqual(['submitted', 'verified', 'scheduled']);
    expect(events.at(-1)).toMatchObject({
      actor: 'allocator',
      data: { ...scheduled.productionSlot, vin: scheduled.vin, eta: scheduled.eta },
    });
    const messages = await t.services.runner.read.outbox.forOrder(id);
    expect(messages.map((message) => message.template).sort()).toEqual(['order_scheduled', 'order_verified']);
    expect(messages.find((message) => message.template === 'order_scheduled')).toMatchObject({
      channel: 'sms',
      status: 'queued',
      payload: { status: 'scheduled', vin: scheduled.vin, eta: scheduled.eta },
    });
  });

  it('continues after the slots and serials of an earlier run and never schedules an order twice', async () => {
    await setNingboCapacity({ E7: 2, C3: 600 });
    const first = [await submitVerified(), await submitVerified(), await submitVerified()];
    expect((await scheduleNow()).scheduled).toBe(3);
    const second = [await submitVerified(), await submitVerified()];
    expect((await scheduleNow()).scheduled).toBe(2);
    expect((await scheduleNow()).scheduled).toBe(0);
    const slots = await Promise.all([...first, ...second].map(async ({ id }) => (await order(id)).productionSlot));
    expect(slots.map((slot) => `${slot?.buildDate}#${slot?.sequence}`)).toEqual([
      '2026-12-05#1',
      '2026-12-05#2',
      '2026-12-07#1',
      '2026-12-07#2',
      '2026-12-08#1',
    ]);
    const serials = await t.database.db.selectFrom('vin_serials').selectAll().execute();
    expect(serials.map((row) => [row.plant, Number(row.year), Number(row.last_serial)])).toEqual([['NB', 2026, 5]]);
  });

  it('gives every order of every model a valid VIN of its own, never with I, O or Q', async () => {
    const bodies: OrderBody[] = [];
    for (let i = 0; i < 8; i++) {
      bodies.push(validOrder(++n));
      bodies.push(
        validOrder(++n, { vehicle: { model: 'C3', trim: 'COMFORT', options: ['PAINT-WHITE', 'INT-BLACK'] } }),
      );
      const x9 = validOrder(++n, { vehicle: { model: 'X9', trim: 'PRO', options: ['PAINT-WHITE', 'INT-BLACK'] } });
      x9.deposit.amountCents = 1_000_000;
      bodies.push(x9);
    }
    const orders = [];
    for (const body of bodies) orders.push(await submitVerified(body));
    expect(await scheduleNow()).toEqual({ scheduled: 24, unscheduled: [] });
    const vins = await Promise.all(orders.map(async ({ id }) => (await order(id)).vin ?? ''));
    for (const vin of vins) {
      expect(vin).toMatch(VIN_PATTERN);
      expect(isValidVin(vin)).toBe(true);
    }
    expect(new Set(vins).size).toBe(vins.length);
    // The X9 is built in Chongqing (C), the E7 and C3 in Ningbo (N): each plant counts its own serials.
    expect(vins.filter((vin) => vin.charAt(10) === 'C')).toHaveLength(8);
    expect(vins.filter((vin) => vin.charAt(10) === 'N')).toHaveLength(16);
  });

  it('estimates the delivery at verification and replaces the estimate with build date plus transit once scheduled', async () => {
    const east = await submitVerified();
    const north = await submitVerified(validOrder(++n), 'bj.sales');
    // Verified Friday noon; scheduled after the 72-hour lag on Monday, so built from Tuesday the 8th at the earliest.
    expect(east.eta).toBe('2026-12-10');
    expect(north.eta).toBe('2026-12-12');
    const rejected = validOrder(++n);
    rejected.deposit.amountCents = 100;
    expect((await submit(rejected)).eta).toBeNull();
    await scheduleNow();
    expect((await order(east.id)).eta).toBe('2026-12-07');
    expect((await order(north.id)).eta).toBe('2026-12-09');
  });

  it('counts the orders verified a moment ago ahead of the next, and no longer those cancelled or scheduled', async () => {
    await setNingboCapacity({ E7: 1, C3: 600 });
    // From Tuesday the 8th one E7 a day; two days of transit to the east.
    const queue = [await submitVerified(), await submitVerified(), await submitVerified()];
    expect(queue.map((view) => view.eta)).toEqual(['2026-12-10', '2026-12-11', '2026-12-12']);

    const cancelled = await call('POST', `/api/v1/orders/${queue[1]!.id}/cancel`, 'allocator', {
      reason: 'Buyer left',
    });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await submitVerified()).eta).toBe('2026-12-12');

    // Three orders built on the 5th, 7th and 8th: the next one finds the 8th taken and no queue ahead.
    expect(await scheduleNow()).toEqual({ scheduled: 3, unscheduled: [] });
    expect((await submitVerified()).eta).toBe('2026-12-11');
  });

  it('lets the automatic run wait for the VIN lag, while a planner’s run schedules at once', async () => {
    const errors: unknown[] = [];
    const job = startSchedulingJob(t.services, { info: () => {}, error: (data) => errors.push(data) }, HOUR_MS);
    try {
      const old = await submitVerified();
      await job.tick();
      expect((await order(old.id)).status).toBe('verified');
      advanceClock(71 * HOUR_MS);
      const young = await submitVerified();
      await job.tick();
      expect((await order(old.id)).status).toBe('verified');
      advanceClock(HOUR_MS);
      await job.tick();
      const scheduled = await order(old.id);
      expect(scheduled.status).toBe('scheduled');
      // Now Monday 7 December, noon in Shanghai: the next working day is Tuesday.
      expect(scheduled.productionSlot).toEqual({ plant: 'NB', buildDate: '2026-12-08', sequence: 1 });
      const events = (await call('GET', `/api/v1/orders/${old.id}/events`, 'allocator')).json().items;
      expect(events.at(-1)).toMatchObject({ type: 'scheduled', actor: 'system' });
      expect((await order(young.id)).status).toBe('verified');
      expect(await scheduleNow()).toEqual({ scheduled: 1, unscheduled: [] });
      expect((await order(young.id)).productionSlot).toEqual({ plant: 'NB', buildDate: '2026-12-08', sequence: 2 });
    } finally {
      await job.stop();
    }
    expect(errors).toEqual([]);
  });

  it('reports the orders a plant cannot take and leaves them verified', async () => {
    await setNingboCapacity({ C3: 600 });
    const e7 = await submitVerified();
    expect(await scheduleNow()).toEqual({ scheduled: 0, unscheduled: [{ orderId: e7.id, reason: 'model_not_built' }] });
    expect((await order(e7.id)).status).toBe('verified');
  });

  it('shows the schedule by plant and day to the automaker only', async () => {
    await setNingboCapacity({ E7: 2, C3: 600 });
    const orders = [await submitVerified(), await submitVerified(), await submitVerified()];
    await scheduleNow();
    const response = await call(
      'GET',
      '/api/v1/production/schedule?plant=NB&from=2026-12-05&to=2026-12-07',
      'reviewer',
    );
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({ from: '2026-12-05', to: '2026-12-07', truncated: false });
    expect(view.plants).toHaveLength(1);
    const [saturday, sunday, monday] = view.plants[0].days;
    expect(saturday.models).toEqual([
      { model: 'E7', capacity: 2, booked: 2 },
      { model: 'C3', capacity: 600, booked: 0 },
    ]);
    expect(saturday.slots.map((slot: { sequence: number; orderId: string }) => [slot.sequence, slot.orderId])).toEqual([
      [1, orders[0]!.id],
      [2, orders[1]!.id],
    ]);
    expect(sunday).toMatchObject({ date: '2026-12-06', working: false, slots: [] });
    expect(sunday.models[0]).toEqual({ model: 'E7', capacity: 0, booked: 0 });
    expect(monday.slots[0]).toMatchObject({ sequence: 1, orderNo: orders[2]!.orderNo, status: 'scheduled' });

    const both = (await call('GET', '/api/v1/production/schedule', 'allocator')).json();
    expect(both.plants.map((plant: { code: string }) => plant.code)).toEqual(['CQ', 'NB']);
    expect(both.plants[0].days).toHaveLength(14);
    expect((await call('GET', '/api/v1/production/schedule', 'sh.manager')).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/production/schedule?plant=XX', 'allocator')).statusCode).toBe(404);
    const tooLong = await call('GET', '/api/v1/production/schedule?from=2026-12-01&to=2027-02-01', 'allocator');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].path).toBe('query.to');
    const badDate = await call('GET', '/api/v1/production/schedule?from=2026-02-30', 'allocator');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().errors[0].path).toBe('query.from');
  });

  it('lets only allocation planners and administrators run the scheduler', async () => {
    const { id } = await submitVerified();
    for (const user of ['sh.sales', 'sh.manager', 'reviewer']) {
      expect((await call('POST', '/api/v1/production/schedule', user)).statusCode).toBe(403);
    }
    expect((await call('POST', '/api/v1/production/schedule', null)).statusCode).toBe(401);
    expect((await order(id)).status).toBe('verified');
    expect((await call('POST', '/api/v1/production/schedule', 'admin')).json().scheduled).toBe(1);
  });

  it('validates VINs for anyone signed in', async () => {
    const { id } = await submitVerified();
    await scheduleNow();
    const vin = (await order(id)).vin!;
    expect((await call('GET', `/api/v1/vins/${vin}/validate`, 'sh.sales')).json()).toEqual({
      vin,
      valid: true,
      errors: [],
    });
    const wrongDigit = `${vin.slice(0, 8)}${vin.charAt(8) === '0' ? '1' : '0'}${vin.slice(9)}`;
    for (const [candidate, code] of [
      [wrongDigit, 'vin_check_digit'],
      [`${vin.slice(0, 16)}O`, 'vin_character'],
      [vin.slice(0, 16), 'vin_length'],
    ] as const) {
      const answer = (await call('GET', `/api/v1/vins/${candidate}/validate`, 'bj.sales')).json();
      expect(answer).toMatchObject({ vin: candidate, valid: false, errors: [{ code, path: 'vin' }] });
    }
    expect((await call('GET', `/api/v1/vins/${vin}/validate`, null)).statusCode).toBe(401);
  });
});
