import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';
import { apiOf, eventTypes, northC3Order, panoramicOrder } from '../support/order-life.js';

interface Suggestion {
  region: string;
  month: string;
  delayDays: number;
}

/**
 * The demo's NORTH C3 bucket of 2026-12 holds two. Ningbo builds 600 C3 a day, Monday to Saturday, and ships to
 * EAST in 2 days, NORTH and SOUTH in 4, WEST in 6. The clock stands on Friday 2026-12-04.
 */
describe.each(DIALECTS)('reallocating orders rejected for quota (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let n = 700;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
    for (let i = 0; i < 2; i++) expect((await submit(northC3Order(++n))).status).toBe('verified');
  });
  afterAll(() => t.close());

  async function submit(body: object, user = 'bj.sales') {
    t.clock.advance(1_000);
    const response = await api('POST', '/api/v1/orders', user, body);
    expect(response.statusCode).toBe(201);
    return response.json();
  }
  const rejectedC3 = async () => {
    const order = await submit(northC3Order(++n));
    expect(order.status).toBe('rejected');
    return order;
  };
  const bucket = (region: string, month: string, model = 'C3') =>
    t.services.runner.read.quotas.find({ region, month, model });

  it('suggests other buckets with the delay the schedule gives, not the months between', async () => {
    const order = await rejectedC3();
    const quota = order.verification.checks.find((line: { check: string }) => line.check === 'quota');
    expect(quota.code).toBe('quota_exhausted');
    const suggestions = (quota.details.suggestions as Suggestion[]).map((s) => `${s.region} ${s.month} ${s.delayDays}`);
    // EAST is nearer (no delay), WEST farther (2 days); January starts on a working Friday, 28 days after 8 December.
    expect(suggestions).toEqual([
      'EAST 2026-12 0',
      'SOUTH 2026-12 0',
      'WEST 2026-12 2',
      'EAST 2027-01 26',
      'NORTH 2027-01 28',
      'SOUTH 2027-01 28',
    ]);
  });

  it('moves a rejected order to next month and verifies it there, with the delivery estimate of that month', async () => {
    const order = await rejectedC3();
    const before = await bucket('NORTH', '2027-01');
    const moved = await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { month: '2027-01' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      status: 'verified',
      quota: { region: 'NORTH', month: '2027-01', model: 'C3' },
      eta: '2027-01-05',
      region: 'NORTH',
    });
    expect((await bucket('NORTH', '2027-01'))!.used).toBe(before!.used + 1);
    expect(await bucket('NORTH', '2026-12')).toMatchObject({ cap: 2, used: 2 });
    expect(await eventTypes(t, order.id)).toEqual(['submitted', 'rejected', 'reallocated', 'verified']);
    const [, , reallocated] = await t.services.runner.read.orders.events(order.id);
    expect(reallocated).toMatchObject({
      actor: 'allocator',
      data: {
        from: { region: 'NORTH', month: '2026-12', model: 'C3' },
        to: { region: 'NORTH', month: '2027-01', model: 'C3' },
        eta: '2027-01-05',
      },
    });
  });

  it('moves a rejected order to another region of the same month', async () => {
    const order = await rejectedC3();
    const moved = (await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'admin', { region: 'EAST' })).json();
    expect(moved).toMatchObject({ status: 'verified', quota: { region: 'EAST', month: '2026-12' }, eta: '2026-12-06' });
    expect(moved.dealerCode).toBe('BJ001');
  });

  it('leaves an order moved to a full bucket rejected there, taking nothing', async () => {
    expect(
      (await api('PUT', '/api/v1/quotas', 'allocator', { region: 'WEST', month: '2027-02', model: 'C3', cap: 0 }))
        .statusCode,
    ).toBe(200);
    const order = await rejectedC3();
    const moved = (
      await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { region: 'WEST', month: '2027-02' })
    ).json();
    expect(moved).toMatchObject({ status: 'rejected', quota: { region: 'WEST', month: '2027-02' }, eta: null });
    expect(await bucket('WEST', '2027-02')).toMatchObject({ cap: 0, used: 0 });
  });

  it('moves a postponed order, which stays postponed in its new bucket until its part comes', async () => {
    const order = await submit(panoramicOrder(++n), 'sh.sales');
    expect(order.status).toBe('postponed');
    const moved = (
      await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { month: '2027-01' })
    ).json();
    expect(moved).toMatchObject({ status: 'postponed', quota: { region: 'EAST', month: '2027-01', model: 'E7' } });
    const messages = await t.services.runner.read.outbox.forOrder(order.id);
    expect(messages.map((message) => message.template)).toEqual(['order_postponed']);
  });

  it('refuses what a move cannot cure or must not touch, changing nothing', async () => {
    const verified = (await api('GET', '/api/v1/orders?status=verified&limit=1', 'allocator')).json().items[0];
    const locked = await api('POST', `/api/v1/orders/${verified.id}/reallocate`, 'allocator', { month: '2027-01' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('reallocation_not_allowed');
    const poor = validOrder(++n);
    poor.deposit.amountCents = 100;
    const underpaid = await submit(poor, 'sh.sales');
    expect(underpaid.status).toBe('rejected');
    const notQuota = await api('POST', `/api/v1/orders/${underpaid.id}/reallocate`, 'allocator', { month: '2027-01' });
    expect(notQuota.statusCode).toBe(409);
    const order = await rejectedC3();
    const past = await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { month: '2026-11' });
    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: 'reallocation_month_past', errors: [{ path: 'month' }] });
    const same = await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { region: 'NORTH' });
    expect(same.json().code).toBe('reallocation_same_bucket');
    const nowhere = await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { region: 'MARS' });
    expect(nowhere.statusCode).toBe(422);
    expect(nowhere.json()).toMatchObject({ code: 'region_unknown', errors: [{ path: 'region' }] });
    const badMonth = await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'allocator', { month: '2027-13' });
    expect(badMonth.statusCode).toBe(400);
    expect(
      (await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'bj.sales', { month: '2027-01' })).statusCode,
    ).toBe(403);
    expect(
      (await api('POST', `/api/v1/orders/${order.id}/reallocate`, 'reviewer', { month: '2027-01' })).statusCode,
    ).toBe(403);
    expect(await eventTypes(t, order.id)).toEqual(['submitted', 'rejected']);
  });
});

describe.each(DIALECTS)('moving quota between regions (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
  });
  afterAll(() => t.close());

  const bucket = (region: string, month: string, model: string) =>
    t.services.runner.read.quotas.find({ region, month, model });
  const transfer = (body: object, user = 'allocator') => api('POST', '/api/v1/quotas/transfers', user, body);

  it('moves unused units from one region to another and records who did it and when', async () => {
    const response = await transfer({
      month: '2027-01',
      model: 'C3',
      fromRegion: 'EAST',
      toRegion: 'NORTH',
      units: 100,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      transfer: {
        month: '2027-01',
        model: 'C3',
        fromRegion: 'EAST',
        toRegion: 'NORTH',
        units: 100,
        transferredBy: 'allocator',
      },
      from: { region: 'EAST', cap: 1400, used: 0 },
      to: { region: 'NORTH', cap: 1100, used: 0 },
    });
    const listed = (await api('GET', '/api/v1/quotas/transfers', 'reviewer')).json();
    expect(listed.items[0]).toMatchObject({
      fromRegion: 'EAST',
      toRegion: 'NORTH',
      units: 100,
      transferredAt: '2026-12-04T04:00:00.000Z',
    });
  });

  it('refuses to take a region below what its verified orders use (409), changing nothing', async () => {
    for (let i = 0; i < 2; i++) {
      const order = (await api('POST', '/api/v1/orders', 'bj.sales', northC3Order(900 + i))).json();
      expect(order.status).toBe('verified');
    }
    const refused = await transfer({ month: '2026-12', model: 'C3', fromRegion: 'NORTH', toRegion: 'EAST', units: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'transfer_exceeds_unused', errors: [{ path: 'units' }] });
    expect(await bucket('NORTH', '2026-12', 'C3')).toMatchObject({ cap: 2, used: 2 });
    expect(await bucket('EAST', '2026-12', 'C3')).toMatchObject({ cap: 1500 });
  });

  it('gives a full region room: the next order is verified', async () => {
    await transfer({ month: '2026-12', model: 'C3', fromRegion: 'SOUTH', toRegion: 'NORTH', units: 1 });
    const order = (await api('POST', '/api/v1/orders', 'bj.sales', northC3Order(950))).json();
    expect(order.status).toBe('verified');
    expect(await bucket('NORTH', '2026-12', 'C3')).toMatchObject({ cap: 3, used: 3 });
  });

  it('creates the target bucket when the region had none', async () => {
    await t.database.db
      .deleteFrom('quota_buckets')
      .where('region', '=', 'WEST')
      .where('month', '=', '2027-02')
      .where('model', '=', 'X9')
      .execute();
    const response = await transfer({ month: '2027-02', model: 'X9', fromRegion: 'EAST', toRegion: 'WEST', units: 3 });
    expect(response.statusCode).toBe(201);
    expect(await bucket('WEST', '2027-02', 'X9')).toEqual({
      region: 'WEST',
      month: '2027-02',
      model: 'X9',
      cap: 3,
      used: 0,
    });
  });

  it('keeps the total when two opposite transfers run at once', async () => {
    const total = async () =>
      (await bucket('EAST', '2027-02', 'E7'))!.cap + (await bucket('SOUTH', '2027-02', 'E7'))!.cap;
    const before = await total();
    const responses = await Promise.all([
      transfer({ month: '2027-02', model: 'E7', fromRegion: 'EAST', toRegion: 'SOUTH', units: 7 }),
      transfer({ month: '2027-02', model: 'E7', fromRegion: 'SOUTH', toRegion: 'EAST', units: 5 }),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201]);
    expect(await total()).toBe(before);
    expect((await bucket('SOUTH', '2027-02', 'E7'))!.cap).toBe(1002);
  });

  it('refuses a transfer to the same region, to an unknown one, of nothing, or by someone not a planner', async () => {
    const base = { month: '2027-01', model: 'E7', fromRegion: 'EAST', toRegion: 'NORTH', units: 1 };
    expect((await transfer({ ...base, toRegion: 'EAST' })).json()).toMatchObject({
      code: 'transfer_same_region',
      errors: [{ path: 'toRegion' }],
    });
    const unknown = await transfer({ ...base, fromRegion: 'MARS', model: 'T1' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors.map((error: { path: string }) => error.path)).toEqual(['fromRegion', 'model']);
    expect((await transfer({ ...base, units: 0 })).statusCode).toBe(400);
    expect((await transfer(base, 'reviewer')).statusCode).toBe(403);
    expect((await transfer(base, 'sh.manager')).statusCode).toBe(403);
  });
});
