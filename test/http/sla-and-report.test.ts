import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { TEST_NOW, createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder, type OrderBody } from '../support/order-fixtures.js';

const HOUR_MS = 3_600_000;

interface OrderView {
  id: string;
  status: string;
  sla: { deadline: string; breached: boolean };
}

/**
 * A known month at dealer SH001 (all created Friday 4 December at noon in Shanghai): A and B verified at once, C
 * rejected (deposit too small), D rejected for its ID number and verified two hours later once fixed, P postponed
 * (the panoramic roof glass is out of stock), M sent to manual review (flagged by the dealer). At BJ001: V verified
 * and Q postponed.
 */
describe.each(DIALECTS)('SLA flags and the verification report (%s)', (dialect) => {
  let t: TestApp;
  let n = 0;
  const orders: Record<string, OrderView> = {};

  const advanceClock = (milliseconds: number) => {
    t.clock.advance(milliseconds);
    t.forgetLogins();
  };
  const tokenOf = (user: string) => t.login(user);
  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, user: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await tokenOf(user)}` },
      ...(payload ? { payload } : {}),
    });
  const submit = async (name: string, status: string, body: OrderBody, user = 'sh.sales') => {
    const response = await call('POST', '/api/v1/orders', user, body);
    expect(response.statusCode).toBe(201);
    const order = response.json() as OrderView;
    expect(order.status).toBe(status);
    orders[name] = order;
  };
  const report = async (query = '', user = 'admin') => {
    const response = await call('GET', `/api/v1/reports/verification${query}`, user);
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const listed = async (query: string, user: string) => {
    const response = await call('GET', `/api/v1/orders?${query}`, user);
    expect(response.statusCode).toBe(200);
    const names = Object.entries(orders);
    return response
      .json()
      .items.map((item: { id: string }) => names.find(([, order]) => order.id === item.id)?.[0])
      .sort();
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await submit('A', 'verified', validOrder(++n));
    await submit('B', 'verified', validOrder(++n));
    const smallDeposit = validOrder(++n);
    smallDeposit.deposit.amountCents = 100;
    await submit('C', 'rejected', smallDeposit);
    const badId = validOrder(++n);
    const goodId = badId.customer.idNumber;
    badId.customer.idNumber = goodId.slice(0, 17) + (goodId.endsWith('1') ? '2' : '1');
    await submit('D', 'rejected', badId);
    await submit(
      'P',
      'postponed',
      validOrder(++n, {
        vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO'] },
      }),
    );
    const flagged = validOrder(++n, { special: { reason: 'Delivery abroad' } });
    flagged.deposit.amountCents = 600_000;
    await submit('M', 'manual_review', flagged);
    await submit('V', 'verified', validOrder(++n), 'bj.sales');
    const northPostponed = validOrder(++n, {
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO'] },
    });
    northPostponed.deposit.amountCents = 700_000;
    await submit('Q', 'postponed', northPostponed, 'bj.sales');
    advanceClock(2 * HOUR_MS);
    const fixed = await call('PATCH', `/api/v1/orders/${orders.D!.id}`, 'sh.sales', { customer: { idNumber: goodId } });
    expect(fixed.json().status).toBe('verified');
  });
  afterAll(() => t.close());

  it('flags an undecided order once it has waited past the 48-hour SLA, and lets dealers filter for them', async () => {
    const deadline = new Date(TEST_NOW.getTime() + 48 * HOUR_MS).toISOString();
    expect(orders.M!.sla).toEqual({ deadline, breached: false });
    expect(await listed('slaBreached=true', 'sh.sales')).toEqual([]);

    advanceClock(47 * HOUR_MS);
    const waiting = (await call('GET', `/api/v1/orders/${orders.M!.id}`, 'sh.sales')).json();
    expect(waiting.sla).toEqual({ deadline, breached: true });
    const decided = (await call('GET', `/api/v1/orders/${orders.A!.id}`, 'sh.sales')).json();
    expect(decided.sla).toEqual({ deadline, breached: false });

    expect(await listed('slaBreached=true', 'sh.sales')).toEqual(['M', 'P']);
    expect(await listed('slaBreached=true', 'admin')).toEqual(['M', 'P', 'Q']);
    expect(await listed('slaBreached=false', 'sh.sales')).toEqual(['A', 'B', 'C', 'D']);
    expect(await listed('slaBreached=true&status=postponed', 'reviewer')).toEqual(['P', 'Q']);
    const bad = await call('GET', '/api/v1/orders?slaBreached=yes', 'sh.sales');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.slaBreached');
  });

  it('counts the month’s orders, decisions, failing checks, time to verdict, SLA breaches and deposits at risk', async () => {
    const zeroes = {
      submitted: 0,
      verified: 0,
      postponed: 0,
      manual_review: 0,
      rejected: 0,
      scheduled: 0,
      in_production: 0,
      shipped: 0,
      delivered: 0,
      cancelled: 0,
    };
    expect(await report('', 'sh.manager')).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
      dealer: 'SH001',
      orders: 6,
      autoDecided: 4,
      autoRate: 0.6667,
      byDecision: { ...zeroes, verified: 3, rejected: 1, postponed: 1, manual_review: 1 },
      byCheckFailure: { completeness: 1, buildability: 0, quota: 0, materials: 1, special: 1 },
      latencyMs: { p50: 0, p95: 2 * HOUR_MS },
      slaBreaches: 2,
      depositsAtRiskCents: 500_000 + 600_000,
    });
    expect(await report()).toMatchObject({
      dealer: null,
      orders: 8,
      autoDecided: 5,
      byDecision: { ...zeroes, verified: 4, rejected: 1, postponed: 2, manual_review: 1 },
      slaBreaches: 3,
      depositsAtRiskCents: 500_000 + 600_000 + 700_000,
    });
    expect(await report('?dealer=BJ001', 'reviewer')).toMatchObject({ dealer: 'BJ001', orders: 2, slaBreaches: 1 });
  });

  it('keeps a dealer manager to its own dealer and refuses the report to salespeople', async () => {
    expect(await report('?dealer=SH001', 'sh.manager')).toMatchObject({ dealer: 'SH001', orders: 6 });
    const other = await call('GET', '/api/v1/reports/verification?dealer=BJ001', 'sh.manager');
    expect(other.statusCode).toBe(403);
    for (const user of ['sh.sales', 'bj.sales']) {
      const refused = await call('GET', '/api/v1/reports/verification', user);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('covers the range asked for, at most 366 days of it', async () => {
    const november = await report('?from=2026-11-01T00:00:00%2B08:00&to=2026-12-01T00:00:00%2B08:00');
    expect(november).toMatchObject({
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
      orders: 0,
      autoRate: 0,
      latencyMs: { p50: null, p95: null },
      slaBreaches: 0,
    });
    const year = await report('?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z');
    expect(year.orders).toBe(8);
    for (const [query, path] of [
      ['?from=2026-01-01T00:00:00Z&to=2027-01-03T00:00:00Z', 'query.to'],
      ['?from=2026-12-05T00:00:00Z&to=2026-12-01T00:00:00Z', 'query.to'],
      ['?from=yesterday', 'query.from'],
    ] as const) {
      const refused = await call('GET', `/api/v1/reports/verification${query}`, 'admin');
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].path).toBe(path);
    }
  });
});
