import { checkReview, rejectedByReviewer, type ReviewDecision } from '../../domain/order/review-rules.js';
import type { Actor } from '../actor.js';
import { verifyAndReserve } from '../order-verifier.js';
import type { StoredOrder } from '../ports/repositories.js';
import { findVisibleOrder } from '../queries/order-queries.js';
import type { Services } from '../services.js';
import { verdictEvent } from './record-order-change.js';
import { refusalOf, saveOrderChange } from './save-order-change.js';

export interface Review {
  readonly decision: ReviewDecision;
  readonly reason: string | null;
}

/**
 * A reviewer decides an order in the manual-review queue. Approval settles the special check only: quota and parts
 * are checked and taken at that moment, so the order may still end postponed or rejected. Rejection records why.
 */
export async function reviewOrder(services: Services, actor: Actor, id: string, review: Review): Promise<StoredOrder> {
  const now = services.clock.now();
  const at = now.toISOString();
  return services.runner.run(async (unit) => {
    const order = await findVisibleOrder(unit, actor, id);
    const refused = checkReview(order.status, review.decision, review.reason);
    if (refused.length > 0) throw refusalOf(refused);
    const reason = review.reason?.trim() || null;
    const reviewed = { type: 'reviewed', at, actor: actor.username, data: { decision: review.decision, reason } };
    if (review.decision === 'reject') {
      const rejected: StoredOrder = {
        ...order,
        status: 'rejected',
        verification: rejectedByReviewer(order.verification, actor.username, reason ?? '', at),
        decidedAt: at,
      };
      return saveOrderChange(
        unit,
        services,
        order,
        rejected,
        [reviewed, verdictEvent(rejected, actor.username, at)],
        at,
      );
    }
    const { order: decided } = await verifyAndReserve(unit, services, order, now, {
      ...services.policies,
      reviewApprovedBy: actor.username,
    });
    return saveOrderChange(unit, services, order, decided, [reviewed, verdictEvent(decided, actor.username, at)], at);
  });
}
