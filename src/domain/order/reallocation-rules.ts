import { type Violation, violation } from '../shared/violation.js';
import type { CheckOutcome } from '../verification/verification-types.js';
import type { OrderStatus } from './order-status.js';
import type { QuotaKey } from './order-types.js';

/** What a planner's move of an order to another quota bucket is checked against. */
export interface ReallocationRequest {
  readonly status: OrderStatus;
  /** The lines of the order's last verification. */
  readonly checks: readonly CheckOutcome[];
  readonly from: QuotaKey;
  readonly to: QuotaKey;
  /** `YYYY-MM` now, in the target region's time zone. */
  readonly currentMonth: string;
}

/** The quota check failed: the only rejection another bucket can cure. */
function rejectedForQuota(checks: readonly CheckOutcome[]): boolean {
  return checks.some((line) => line.check === 'quota' && line.result === 'fail');
}

/**
 * Whether an order may move to another bucket (SPEC §4, reallocation). A rejected order may, when its quota check
 * failed: moving cannot cure anything else. A postponed order may too: it holds no quota yet, and a planner may move
 * it to a month its part will make. An order that holds quota (verified or later) or waits for a reviewer may not.
 * The target is another bucket of the same model, in the current month or later.
 */
export function checkReallocation(request: ReallocationRequest): Violation[] {
  const { status, from, to } = request;
  if (status === 'rejected' && !rejectedForQuota(request.checks)) {
    const message = 'Only an order rejected for quota can move to another bucket; fix the order instead.';
    return [violation('reallocation_not_allowed', message, 'status')];
  }
  if (status !== 'rejected' && status !== 'postponed') {
    return [
      violation('reallocation_not_allowed', `An order that is ${status} cannot move to another bucket.`, 'status'),
    ];
  }
  const found: Violation[] = [];
  if (from.region === to.region && from.month === to.month && from.model === to.model) {
    found.push(violation('reallocation_same_bucket', 'Name another month or region than the order has.', 'month'));
  }
  if (to.month < request.currentMonth) {
    const message = `The month ${to.month} is over; choose ${request.currentMonth} or later.`;
    found.push(violation('reallocation_month_past', message, 'month'));
  }
  return found;
}
