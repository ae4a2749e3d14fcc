import { isOem, type Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import type { OrderEvent, OrderListFilter, Page, StoredOrder, UnitOfWork } from '../ports/repositories.js';

/** The dealer whose orders an actor is limited to, or null for the automaker's staff (they read every order). */
export function dealerScopeOf(actor: Actor): string | null {
  if (actor.scope?.kind === 'plant') {
    throw new ApplicationError('forbidden', 'A plant token reports milestones; it reads no orders.');
  }
  if (isOem(actor)) return null;
  if (actor.dealerCode === null) throw new ApplicationError('forbidden', 'This account belongs to no dealer.');
  return actor.dealerCode;
}

/**
 * An order the actor may see. Another dealer's order is "not found": its existence is nobody else's business.
 */
export async function findVisibleOrder(unit: UnitOfWork, actor: Actor, id: string): Promise<StoredOrder> {
  const order = id.startsWith('SO-') ? await unit.orders.findByOrderNo(id) : await unit.orders.findById(id);
  const scope = dealerScopeOf(actor);
  if (!order || (scope !== null && order.dealerCode !== scope)) throw notFound(`Order ${id}`);
  return order;
}

export async function listVisibleOrders(
  unit: UnitOfWork,
  actor: Actor,
  filter: OrderListFilter,
  limit: number,
  cursor: string | null,
): Promise<Page<StoredOrder>> {
  const scope = dealerScopeOf(actor);
  return unit.orders.list(scope === null ? filter : { ...filter, dealerCode: scope }, limit, cursor);
}

export async function visibleOrderEvents(unit: UnitOfWork, actor: Actor, id: string): Promise<readonly OrderEvent[]> {
  const order = await findVisibleOrder(unit, actor, id);
  return unit.orders.events(order.id);
}
