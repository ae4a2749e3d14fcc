import { ORDER_STATUSES, type OrderStatus } from '../order/order-status.js';
import { assert } from '../shared/assert.js';
import { CHECK_NAMES } from '../verification/verification-types.js';
import { nearestRankPercentile } from './percentile.js';
import { SYSTEM_DECIDER, type ReportOrder } from './report-order.js';
import { DEFAULT_SLA_HOURS, isDecided, isPastSla, missedSla } from './sla.js';
import type { InstantRange } from './month-range.js';

export { monthRange, type InstantRange } from './month-range.js';
export { SYSTEM_DECIDER, type ReportOrder } from './report-order.js';
export { DEFAULT_SLA_HOURS, isPastSla, missedSla, slaDeadline } from './sla.js';

/** The verification report of SPEC §5 (`GET /reports/verification`). */
export interface VerificationReport {
  /** Orders created within the range. */
  readonly orders: number;
  /** Orders decided by the system at submission, without a person. */
  readonly autoDecided: number;
  /** `autoDecided / orders`, to 4 decimals; 0 when there are no orders. */
  readonly autoRate: number;
  /** Orders by their status now, every status present. */
  readonly byDecision: Readonly<Record<OrderStatus, number>>;
  /** Orders each check failed (or held, or sent to review), counted once per order; the five checks always present. */
  readonly byCheckFailure: Readonly<Record<string, number>>;
  /** Nearest-rank percentiles of the time from creation to decision over the decided orders; null when none. */
  readonly latencyMs: { readonly p50: number | null; readonly p95: number | null };
  /** Orders past the SLA undecided at `now`, or decided after it. */
  readonly slaBreaches: number;
  /** Deposits of the orders still undecided past the SLA. */
  readonly depositsAtRiskCents: number;
}

const RATE_DECIMALS = 10_000;

function instantMs(instant: string, what: string): number {
  const ms = Date.parse(instant);
  assert(Number.isFinite(ms), `${what} is an ISO instant, got "${instant}"`);
  return ms;
}

/** Orders created in the half-open range: a month's report and the next month's never share an order. */
function createdWithin(orders: readonly ReportOrder[], range: InstantRange): ReportOrder[] {
  const fromMs = instantMs(range.from, 'the start of the range');
  const toMs = instantMs(range.to, 'the end of the range');
  assert(fromMs <= toMs, `a report range ends after it starts, got ${range.from} to ${range.to}`);
  return orders.filter((order) => {
    const createdMs = instantMs(order.createdAt, 'an order creation time');
    return createdMs >= fromMs && createdMs < toMs;
  });
}

function countByStatus(orders: readonly ReportOrder[]): Record<OrderStatus, number> {
  const counts = Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<OrderStatus, number>;
  for (const order of orders) counts[order.status] += 1;
  return counts;
}

/** A check that found several problems in one order lists its name once per problem; the order counts once. */
function countByCheckFailure(orders: readonly ReportOrder[]): Record<string, number> {
  const counts = new Map<string, number>(CHECK_NAMES.map((check) => [check, 0]));
  for (const order of orders) {
    for (const check of new Set(order.failedChecks)) counts.set(check, (counts.get(check) ?? 0) + 1);
  }
  // fromEntries defines own properties, so even a check named `__proto__` is counted, not swallowed.
  return Object.fromEntries(counts);
}

function decisionLatenciesMs(orders: readonly ReportOrder[]): number[] {
  return orders.filter(isDecided).map((order) => {
    const latencyMs =
      instantMs(order.decidedAt, 'a decision time') - instantMs(order.createdAt, 'an order creation time');
    assert(latencyMs >= 0, `an order created at ${order.createdAt} cannot be decided before, at ${order.decidedAt}`);
    return latencyMs;
  });
}

/**
 * The verification report over the orders created within `range` (SPEC §5): how many, how many the system decided
 * alone, the decisions, the failing checks, how long decisions took, the SLA breaches at `now` and the deposits
 * waiting past the SLA. The caller passes the orders it may show (a dealer manager's own dealer's); this counts them.
 */
export function verificationReport(
  allOrders: readonly ReportOrder[],
  range: InstantRange,
  now: string,
  slaHours = DEFAULT_SLA_HOURS,
): VerificationReport {
  instantMs(now, 'now');
  const orders = createdWithin(allOrders, range);
  const autoDecided = orders.filter((order) => isDecided(order) && order.decidedBy === SYSTEM_DECIDER).length;
  const latencies = decisionLatenciesMs(orders);
  const atRisk = orders.filter((order) => isPastSla(order, now, slaHours));
  return {
    orders: orders.length,
    autoDecided,
    autoRate: orders.length === 0 ? 0 : Math.round((autoDecided / orders.length) * RATE_DECIMALS) / RATE_DECIMALS,
    byDecision: countByStatus(orders),
    byCheckFailure: countByCheckFailure(orders),
    latencyMs: { p50: nearestRankPercentile(latencies, 50), p95: nearestRankPercentile(latencies, 95) },
    slaBreaches: orders.filter((order) => missedSla(order, now, slaHours)).length,
    depositsAtRiskCents: atRisk.reduce((sum, order) => sum + order.depositCents, 0),
  };
}
