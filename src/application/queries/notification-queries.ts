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
  return (await unit.outbox.forOrder(order.id)).slice(0, MAX_NOTIFICATIONS_LISTED);
}
