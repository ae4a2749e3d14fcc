import { UNDECIDED_STATUSES } from '../order/order-status.js';
import { assert } from '../shared/assert.js';
import type { ReportOrder } from './report-order.js';

/** Hours an order may wait for its verification decision before it is flagged (SPEC §4). */
export const DEFAULT_SLA_HOURS = 48;

const HOUR_MS = 3_600_000;

function instantMs(instant: string, what: string): number {
  const ms = Date.parse(instant);
  assert(Number.isFinite(ms), `${what} is an ISO instant, got "${instant}"`);
  return ms;
}

function slaDeadlineMs(createdAt: string, slaHours: number): number {
  assert(Number.isFinite(slaHours) && slaHours > 0, `an SLA is a positive number of hours, got ${slaHours}`);
  return instantMs(createdAt, 'an order creation time') + slaHours * HOUR_MS;
}

/** The ISO instant by which an order created at `createdAt` must be decided. */
export function slaDeadline(createdAt: string, slaHours = DEFAULT_SLA_HOURS): string {
  return new Date(slaDeadlineMs(createdAt, slaHours)).toISOString();
}

/**
 * Whether the order is still waiting for a decision (submitted, postponed or in manual review) and has waited longer
 * than the SLA at `now`: the flag dealers watch, since the customer's deposit is at risk. At the deadline itself it is
 * not yet late.
 */
export function isPastSla(
  order: Pick<ReportOrder, 'status' | 'createdAt'>,
  now: string,
  slaHours = DEFAULT_SLA_HOURS,
): boolean {
  if (!UNDECIDED_STATUSES.has(order.status)) return false;
  return instantMs(now, 'now') > slaDeadlineMs(order.createdAt, slaHours);
}

/** Whether the order counts as decided: out of the waiting states, with a decision time. */
export function isDecided<T extends Pick<ReportOrder, 'status' | 'decidedAt'>>(
  order: T,
): order is T & { readonly decidedAt: string } {
  return order.decidedAt !== null && !UNDECIDED_STATUSES.has(order.status);
}

/**
 * Whether the order broke the SLA: past it while still undecided, or decided later than the SLA after creation. An
 * order cancelled before any decision broke nothing: nobody owed it one any more.
 */
export function missedSla(
  order: Pick<ReportOrder, 'status' | 'createdAt' | 'decidedAt'>,
  now: string,
  slaHours = DEFAULT_SLA_HOURS,
): boolean {
  if (isPastSla(order, now, slaHours)) return true;
  if (!isDecided(order)) return false;
  return instantMs(order.decidedAt, 'a decision time') > slaDeadlineMs(order.createdAt, slaHours);
}
