import { checkMilestone, type Milestone } from '../../domain/order/milestone-rules.js';
import { protectedPrice } from '../../domain/pricing/price-drop.js';
import type { Actor } from '../actor.js';
import { notFound } from '../application-error.js';
import { listPriceOf } from '../order-verifier.js';
import type { NewOrderEvent, StoredOrder, UnitOfWork } from '../ports/repositories.js';
import { findVisibleOrder } from '../queries/order-queries.js';
import type { Services } from '../services.js';
import { priceProtectedEvent } from './apply-price-protection.js';
import { refusalOf, saveOrderChange } from './save-order-change.js';

/**
 * The order a milestone reporter may reach: a plant's token only the orders slotted at its plant; a plant system's
 * account (an integration bound to no dealer) every order; the automaker's staff read every order anyway; a
 * dealer's integration only its own dealer's.
 */
async function findReportableOrder(unit: UnitOfWork, actor: Actor, id: string): Promise<StoredOrder> {
  const plantScope = actor.scope?.kind === 'plant' ? actor.scope.plantCode : null;
  if (plantScope === null && (actor.role !== 'integration' || actor.dealerCode !== null)) {
    return findVisibleOrder(unit, actor, id);
  }
  const order = id.startsWith('SO-') ? await unit.orders.findByOrderNo(id) : await unit.orders.findById(id);
  if (!order || (plantScope !== null && order.productionSlot?.plant !== plantScope)) throw notFound(`Order ${id}`);
  return order;
}

/**
 * A plant or logistics system reports the next step of a scheduled order: in production, shipped, delivered, in that
 * order only and once it has happened. The step is dated with the reported time; the customer gets the shipped and
 * delivered messages. At delivery the price is settled for good against the price list in force then.
 */
export async function recordMilestone(
  services: Services,
  actor: Actor,
  id: string,
  milestone: Milestone,
  reportedAt: string,
): Promise<StoredOrder> {
  const now = services.clock.now();
  const at = now.toISOString();
  const happenedAt = new Date(reportedAt);
  return services.runner.run(async (unit) => {
    const order = await findReportableOrder(unit, actor, id);
    const refused = checkMilestone({
      status: order.status,
      milestone,
      at: reportedAt,
      now: at,
      createdAt: order.createdAt,
    });
    if (refused.length > 0) throw refusalOf(refused);
    const events: NewOrderEvent[] = [
      { type: milestone, at: happenedAt.toISOString(), actor: actor.username, data: { recordedAt: at } },
    ];
    let next: StoredOrder = { ...order, status: milestone };
    if (milestone === 'delivered' && order.lockedPriceCents !== null) {
      const priceInForceCents = await listPriceOf(services.reference, order, happenedAt);
      const priceCents = protectedPrice({
        listPriceCents: order.listPriceCents,
        lockedPriceCents: order.lockedPriceCents,
        priceCents: order.priceCents,
        priceInForceCents,
        priceDropPolicy: services.policies.priceDropPolicy,
      });
      if (priceCents !== order.priceCents) {
        next = { ...next, priceCents };
        events.push(priceProtectedEvent(order, priceCents, priceInForceCents, at));
      }
    }
    return saveOrderChange(unit, services, order, next, events, at);
  });
}
