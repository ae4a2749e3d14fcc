import { checkCancellation } from '../../domain/order/cancellation-rules.js';
import { refundOnCancellation } from '../../domain/order/deposit-refund.js';
import { isOem, type Actor } from '../actor.js';
import type { StoredOrder } from '../ports/repositories.js';
import { findVisibleOrder } from '../queries/order-queries.js';
import type { Services } from '../services.js';
import { refusalOf, saveOrderChange } from './save-order-change.js';

/**
 * Cancels an order: a dealer its own orders before verification, only the automaker once verified (the order then
 * holds quota, parts and perhaps a slot). The quota unit and every reserved part are given back in the same
 * transaction, and the deposit is recorded as owed back to the buyer.
 */
export async function cancelOrder(services: Services, actor: Actor, id: string, reason: string): Promise<StoredOrder> {
  const at = services.clock.now().toISOString();
  return services.runner.run(async (unit) => {
    const order = await findVisibleOrder(unit, actor, id);
    const refused = checkCancellation(order.status, isOem(actor));
    if (refused.length > 0) throw refusalOf(refused);
    if (order.quotaReserved) await unit.quotas.release(order.quota);
    for (const part of order.reservedParts) await unit.parts.release(part);
    const refund = refundOnCancellation(order.deposit);
    const cancelled: StoredOrder = {
      ...order,
      status: 'cancelled',
      quotaReserved: false,
      reservedParts: [],
      depositRefundStatus: refund,
    };
    const event = {
      type: 'cancelled',
      at,
      actor: actor.username,
      data: {
        reason: reason.trim(),
        releasedQuota: order.quotaReserved ? order.quota : null,
        releasedParts: order.reservedParts,
        refund,
        depositCents: order.deposit.amountCents,
      },
    };
    return saveOrderChange(unit, services, order, cancelled, [event], at);
  });
}
