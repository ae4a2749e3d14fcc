import { reviewReasons } from '../../domain/order/review-rules.js';
import type { CheckOutcome } from '../../domain/verification/verification-types.js';
import type { Page, StoredOrder, UnitOfWork } from '../ports/repositories.js';

export interface ReviewQueueEntry {
  readonly order: StoredOrder;
  /** Why the order waits for a person: the special check's lines. */
  readonly reasons: readonly CheckOutcome[];
}

/** The manual-review queue, oldest first, each order with the reasons it is there. */
export async function reviewQueue(
  unit: UnitOfWork,
  limit: number,
  cursor: string | null,
): Promise<Page<ReviewQueueEntry>> {
  const page = await unit.orderQueues.listOldestFirst('manual_review', limit, cursor);
  return {
    items: page.items.map((order) => ({ order, reasons: reviewReasons(order.verification) })),
    nextCursor: page.nextCursor,
  };
}
