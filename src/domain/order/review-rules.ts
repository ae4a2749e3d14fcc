import { type Violation, violation } from '../shared/violation.js';
import type { CheckOutcome, Verification } from '../verification/verification-types.js';
import type { OrderStatus } from './order-status.js';

/** What a reviewer decides about an order in the manual-review queue. */
export type ReviewDecision = 'approve' | 'reject';

/** The longest reason a reviewer may write: it is stored in the order's history and shown to the dealer. */
export const MAX_REVIEW_REASON_LENGTH = 500;

/**
 * Whether a reviewer may decide this order this way: only an order waiting in the manual-review queue is reviewed,
 * and a rejection must say why, since the dealer has to explain it to the buyer. An approval may give a reason too.
 */
export function checkReview(status: OrderStatus, decision: ReviewDecision, reason: string | null): Violation[] {
  if (status !== 'manual_review') {
    return [violation('order_not_in_review', `An order that is ${status} is not waiting for a review.`, 'status')];
  }
  if (decision === 'reject' && (reason ?? '').trim() === '') {
    return [violation('review_reason_required', 'Say why the order is rejected.', 'reason')];
  }
  return [];
}

/**
 * Why an order waits for a reviewer: the special check's lines (special option, the dealer's flag, a company buyer,
 * the same ID number with another active order), as the queue shows them.
 */
export function reviewReasons(verification: Verification | null): CheckOutcome[] {
  return (verification?.checks ?? []).filter((line) => line.check === 'special' && line.result === 'review');
}

/**
 * The verification record of an order a reviewer rejected: the other checks' lines stay as they were, the special
 * check's lines give way to one failing line with the reviewer's reason, and the decision is the reviewer's.
 */
export function rejectedByReviewer(
  verification: Verification | null,
  reviewer: string,
  reason: string,
  at: string,
): Verification {
  const kept = (verification?.checks ?? []).filter((line) => line.check !== 'special');
  const refusal: CheckOutcome = {
    check: 'special',
    result: 'fail',
    code: 'review_rejected',
    message: `Rejected by ${reviewer}: ${reason.trim()}`,
    path: null,
  };
  return { decision: 'rejected', decidedBy: reviewer, decidedAt: at, checks: [...kept, refusal] };
}
