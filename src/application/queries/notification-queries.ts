import type { Actor } from '../actor.js';
import type { OutboxMessage, UnitOfWork } from '../ports/repositories.js';
import { findVisibleOrder } from './order-queries.js';

/** More messages than any order's life produces; a list is never longer. */
export const MAX_NOTIFICATIONS_LISTED = 200;

/** The text messages and webhook calls of an order the actor may see, oldest first. */
export async function visibleOrderNotifications(
  unit: UnitOfWork,
  actor: Actor,
  id: string,
): Promise<readonly OutboxMessage[]> {
  const order = await findVisibleOrder(unit, actor, id);
  const messages = await unit.outbox.forOrder(order.id);
  return messages.toSorted(byTimeChannelAndSeq).slice(0, MAX_NOTIFICATIONS_LISTED);
}

const seqOf = (message: OutboxMessage): number => (typeof message.payload.seq === 'number' ? message.payload.seq : 0);

/** One change queues its messages at one instant: the text first, then the webhook calls in the history's order. */
function byTimeChannelAndSeq(a: OutboxMessage, b: OutboxMessage): number {
  return a.createdAt.localeCompare(b.createdAt) || a.channel.localeCompare(b.channel) || seqOf(a) - seqOf(b);
}
