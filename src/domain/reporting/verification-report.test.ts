import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type OrderStatus } from '../order/order-status.js';
import { InvariantError } from '../shared/assert.js';
import { monthRange, type ReportOrder, verificationReport } from './verification-report.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('verification-report.test.ts');

const HOUR_MS = 3_600_000;
/** March 2026 in Shanghai: 2026-02-28T16:00Z (included) to 2026-03-31T16:00Z (not). */
const MARCH = monthRange('2026-03', 'Asia/Shanghai');
const NOW = '2026-03-20T00:00:00Z';

function reportOrder(overrides: Partial<ReportOrder> & Pick<ReportOrder, 'status' | 'createdAt'>): ReportOrder {
  return { decidedAt: null, decidedBy: null, depositCents: 500_000, failedChecks: [], ...overrides };
}

function zeroByStatus(counts: Partial<Record<OrderStatus, number>> = {}): Record<OrderStatus, number> {
  return { ...Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])), ...counts } as Record<
    OrderStatus,
    number
  >;
}

const NO_CHECK_FAILURES = { completeness: 0, buildability: 0, quota: 0, materials: 0, special: 0 };

/**
 * Nine orders of March and two just outside it, each annotated with what it adds up to. Deadlines are 48 hours after
 * creation; `now` is 20 March 00:00 UTC.
 */
const MARCH_ORDERS: readonly ReportOrder[] = [
  // Verified by the system in 2 s.
  reportOrder({
    status: 'verified',
    createdAt: '2026-03-01T00:00:00Z',
    decidedAt: '2026-03-01T00:00:02Z',
    decidedBy: 'system',
  }),
  // Rejected by the system in 1 s: two completeness problems (one order) and the quota.
  reportOrder({
    status: 'rejected',
    createdAt: '2026-03-02T00:00:00Z',
    decidedAt: '2026-03-02T00:00:01Z',
    decidedBy: 'system',
    failedChecks: ['completeness', 'completeness', 'quota'],
  }),
  // In review for ten days: past the SLA, its 10 000 yuan at risk.
  reportOrder({
    status: 'manual_review',
    createdAt: '2026-03-10T00:00:00Z',
    depositCents: 1_000_000,
    failedChecks: ['special'],
  }),
  // Postponed a day ago: within the SLA.
  reportOrder({
    status: 'postponed',
    createdAt: '2026-03-19T00:00:00Z',
    depositCents: 300_000,
    failedChecks: ['materials'],
  }),
  // Approved by a reviewer after 72 hours: a late decision, not automatic.
  reportOrder({
    status: 'verified',
    createdAt: '2026-03-05T00:00:00Z',
    decidedAt: '2026-03-08T00:00:00Z',
    decidedBy: 'reviewer',
    failedChecks: ['special'],
  }),
  // Verified by the system in 3 s, scheduled since.
  reportOrder({
    status: 'scheduled',
    createdAt: '2026-03-03T00:00:00Z',
    decidedAt: '2026-03-03T00:00:03Z',
    decidedBy: 'system',
    depositCents: 200_000,
  }),
  // Postponed, then cancelled before any decision: no latency, no breach.
  reportOrder({ status: 'cancelled', createdAt: '2026-03-04T00:00:00Z', failedChecks: ['materials'] }),
  // Submitted five days ago and never decided: past the SLA, its 8 000 yuan at risk.
  reportOrder({ status: 'submitted', createdAt: '2026-03-15T00:00:00Z', depositCents: 800_000 }),
  // Created at the very first instant of March in Shanghai; verified by the system in 4 s.
  reportOrder({
    status: 'verified',
    createdAt: '2026-03-01T00:00:00+08:00',
    decidedAt: '2026-02-28T16:00:04Z',
    decidedBy: 'system',
    depositCents: 100_000,
  }),
  // Outside: a millisecond before March in Shanghai, and the first instant of April there.
  reportOrder({ status: 'submitted', createdAt: '2026-02-28T15:59:59.999Z', depositCents: 9_999_900 }),
  reportOrder({ status: 'submitted', createdAt: '2026-04-01T00:00:00+08:00', depositCents: 9_999_900 }),
];

describe('verificationReport', () => {
  it('counts, rates and times the orders created within the range', () => {
    expect(verificationReport(MARCH_ORDERS, MARCH, NOW)).toEqual({
      orders: 9,
      autoDecided: 4,
      autoRate: 0.4444,
      byDecision: zeroByStatus({
        verified: 3,
        rejected: 1,
        manual_review: 1,
        postponed: 1,
        scheduled: 1,
        cancelled: 1,
        submitted: 1,
      }),
      byCheckFailure: { completeness: 1, buildability: 0, quota: 1, materials: 2, special: 2 },
      // Latencies 1 000, 2 000, 3 000, 4 000 and 259 200 000 ms: ranks ⌈2.5⌉ = 3 and ⌈4.75⌉ = 5.
      latencyMs: { p50: 3_000, p95: 72 * HOUR_MS },
      slaBreaches: 3,
      depositsAtRiskCents: 1_800_000,
    });
  });

  it('flags fewer orders with a longer SLA', () => {
    // 200 hours: only the order in review for 240 hours is late; the reviewer's 72 hours are in time.
    const report = verificationReport(MARCH_ORDERS, MARCH, NOW, 200);
    expect(report.slaBreaches).toBe(1);
    expect(report.depositsAtRiskCents).toBe(1_000_000);
  });

  it('does not flag an order at the SLA deadline itself, only after it', () => {
    const postponed = reportOrder({ status: 'postponed', createdAt: '2026-03-19T00:00:00Z' });
    expect(verificationReport([postponed], MARCH, NOW, 24).slaBreaches).toBe(0);
    expect(verificationReport([postponed], MARCH, '2026-03-20T00:00:00.001Z', 24).slaBreaches).toBe(1);
  });

  for (const { why, orders } of [
    { why: 'no orders at all', orders: [] },
    { why: 'orders outside the range only', orders: MARCH_ORDERS.slice(-2) },
  ]) {
    it(`reports zeros and no latency for ${why}`, () => {
      expect(verificationReport(orders, MARCH, NOW)).toEqual({
        orders: 0,
        autoDecided: 0,
        autoRate: 0,
        byDecision: zeroByStatus(),
        byCheckFailure: NO_CHECK_FAILURES,
        latencyMs: { p50: null, p95: null },
        slaBreaches: 0,
        depositsAtRiskCents: 0,
      });
    });
  }

  function decidedAfter(latencyMs: number, decidedBy = 'system'): ReportOrder {
    const createdAt = '2026-03-01T00:00:00Z';
    const decidedAt = new Date(Date.parse(createdAt) + latencyMs).toISOString();
    return reportOrder({ status: 'verified', createdAt, decidedAt, decidedBy });
  }

  it.each<{ latencies: number[]; p50: number | null; p95: number | null }>([
    { latencies: [5_000], p50: 5_000, p95: 5_000 },
    { latencies: [9_000, 1_000], p50: 1_000, p95: 9_000 },
    { latencies: Array.from({ length: 100 }, (_, index) => (100 - index) * 1_000), p50: 50_000, p95: 95_000 },
  ])('times $latencies.length decided orders: p50 $p50, p95 $p95', ({ latencies, p50, p95 }) => {
    expect(
      verificationReport(
        latencies.map((latency) => decidedAfter(latency)),
        MARCH,
        NOW,
      ).latencyMs,
    ).toEqual({ p50, p95 });
  });

  it('times only decided orders: waiting ones have no latency yet', () => {
    const orders = [decidedAfter(2_000), reportOrder({ status: 'submitted', createdAt: '2026-03-01T00:00:00Z' })];
    expect(verificationReport(orders, MARCH, NOW).latencyMs).toEqual({ p50: 2_000, p95: 2_000 });
  });

  for (const { automatic, total, rate } of [
    { automatic: 2, total: 3, rate: 0.6667 },
    { automatic: 1, total: 3, rate: 0.3333 },
    { automatic: 1, total: 7, rate: 0.1429 },
    { automatic: 3, total: 3, rate: 1 },
    { automatic: 0, total: 2, rate: 0 },
  ]) {
    it(`rates ${automatic} automatic decisions of ${total} orders as ${rate}`, () => {
      const orders = Array.from({ length: total }, (_, index) =>
        decidedAfter(1_000, index < automatic ? 'system' : 'reviewer'),
      );
      const report = verificationReport(orders, MARCH, NOW);
      expect(report.autoDecided).toBe(automatic);
      expect(report.autoRate).toBe(rate);
    });
  }

  it('does not count an order as automatic while it waits, even with the system named', () => {
    const postponed = reportOrder({
      status: 'postponed',
      createdAt: '2026-03-19T00:00:00Z',
      decidedAt: '2026-03-19T00:00:01Z',
      decidedBy: 'system',
    });
    const report = verificationReport([postponed], MARCH, NOW);
    expect(report.autoDecided).toBe(0);
    expect(report.latencyMs).toEqual({ p50: null, p95: null });
  });

  it('counts a check name it does not know, even one that names an object property', () => {
    const odd = reportOrder({
      status: 'rejected',
      createdAt: '2026-03-01T00:00:00Z',
      failedChecks: ['fraud', '__proto__'],
    });
    const { byCheckFailure } = verificationReport([odd], MARCH, NOW);
    expect(byCheckFailure).toEqual({ ...NO_CHECK_FAILURES, fraud: 1, ['__proto__']: 1 });
    expect(Object.hasOwn(byCheckFailure, '__proto__')).toBe(true);
  });

  for (const { why, run } of [
    {
      why: 'a range that ends before it starts',
      run: () => verificationReport([], { from: MARCH.to, to: MARCH.from }, NOW),
    },
    { why: 'a malformed range', run: () => verificationReport([], { from: 'March', to: MARCH.to }, NOW) },
    { why: 'a malformed now', run: () => verificationReport([], MARCH, 'today') },
    { why: 'an SLA of no hours', run: () => verificationReport(MARCH_ORDERS, MARCH, NOW, 0) },
    {
      why: 'an order decided before it was created',
      run: () => verificationReport([decidedAfter(-1)], MARCH, NOW),
    },
    {
      why: 'an order with a malformed creation time',
      run: () => verificationReport([reportOrder({ status: 'submitted', createdAt: 'March' })], MARCH, NOW),
    },
  ]) {
    it(`throws for ${why}`, () => {
      expect(run).toThrow(InvariantError);
    });
  }
});

describe('verificationReport, for any orders', () => {
  const MARCH_START_MS = Date.parse(MARCH.from);
  const instantArbitrary = fc
    .integer({ min: -2 * 24, max: 33 * 24 })
    .map((hours) => new Date(MARCH_START_MS + hours * HOUR_MS).toISOString());
  const orderArbitrary: fc.Arbitrary<ReportOrder> = fc
    .record({
      status: fc.constantFrom(...ORDER_STATUSES),
      createdAt: instantArbitrary,
      decisionAfterHours: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      decidedBy: fc.constantFrom('system', 'reviewer'),
      depositCents: fc.integer({ min: 0, max: 5_000_000 }),
      failedChecks: fc.array(fc.constantFrom('completeness', 'quota', 'materials', 'special'), { maxLength: 4 }),
    })
    .map(({ decisionAfterHours, decidedBy, ...order }) => ({
      ...order,
      decidedAt:
        decisionAfterHours === null
          ? null
          : new Date(Date.parse(order.createdAt) + decisionAfterHours * HOUR_MS).toISOString(),
      decidedBy: decisionAfterHours === null ? null : decidedBy,
    }));
  const ordersArbitrary = fc.array(orderArbitrary, { maxLength: 40 });
  /** Anywhere in March, its two ends included. */
  const middleArbitrary = fc
    .integer({ min: 0, max: 31 * 24 })
    .map((hours) => new Date(MARCH_START_MS + hours * HOUR_MS).toISOString());
  const nowArbitrary = instantArbitrary.map((instant) =>
    new Date(Date.parse(instant) + 3 * 24 * HOUR_MS).toISOString(),
  );

  it('keeps its numbers consistent with one another', () => {
    fc.assert(
      fc.property(ordersArbitrary, nowArbitrary, (orders, now) => {
        const report = verificationReport(orders, MARCH, now);
        const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
        expect(sum(Object.values(report.byDecision))).toBe(report.orders);
        expect(report.autoDecided).toBeLessThanOrEqual(report.orders);
        expect(
          Math.abs(report.autoRate - (report.orders === 0 ? 0 : report.autoDecided / report.orders)),
        ).toBeLessThanOrEqual(0.00005);
        expect(report.slaBreaches).toBeLessThanOrEqual(report.orders);
        for (const count of Object.values(report.byCheckFailure)) expect(count).toBeLessThanOrEqual(report.orders);
        const { p50, p95 } = report.latencyMs;
        expect(p50 === null).toBe(p95 === null);
        if (p50 !== null && p95 !== null) expect(p50).toBeLessThanOrEqual(p95);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('adds up over two halves of a range, and ignores the order the orders come in', () => {
    fc.assert(
      fc.property(ordersArbitrary, nowArbitrary, middleArbitrary, (orders, now, middle) => {
        const whole = verificationReport(orders, MARCH, now);
        const early = verificationReport(orders, { from: MARCH.from, to: middle }, now);
        const late = verificationReport(orders, { from: middle, to: MARCH.to }, now);
        expect(early.orders + late.orders).toBe(whole.orders);
        expect(early.autoDecided + late.autoDecided).toBe(whole.autoDecided);
        expect(early.slaBreaches + late.slaBreaches).toBe(whole.slaBreaches);
        expect(early.depositsAtRiskCents + late.depositsAtRiskCents).toBe(whole.depositsAtRiskCents);
        expect(verificationReport([...orders].reverse(), MARCH, now)).toEqual(verificationReport(orders, MARCH, now));
      }),
      { seed, numRuns: 300 },
    );
  });
});
