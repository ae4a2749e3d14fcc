import { queueCustomerMessage, queueDealerWebhook } from '../../src/application/commands/record-order-change.js';
import type { StoredOrder } from '../../src/application/ports/repositories.js';
import type { Services } from '../../src/application/services.js';
import type { OrderStatus } from '../../src/domain/order/order-status.js';

/**
 * Moves an order to a status the way a command does: the new state, its event, the customer's message and the
 * dealer's webhook in one transaction. For tests of what follows a change (tracking, messages) without its route.
 */
export async function moveOrder(
  services: Services,
  orderId: string,
  status: OrderStatus,
  changes: Partial<StoredOrder> = {},
): Promise<StoredOrder> {
  const at = services.clock.now().toISOString();
  return services.runner.run(async (unit) => {
    const order = await unit.orders.findById(orderId);
    if (order === null) throw new Error(`no order ${orderId}`);
    const next: StoredOrder = { ...order, ...changes, status, updatedAt: at, version: order.version + 1 };
    const events = [{ type: status, at, actor: 'test', data: {} }];
    if (!(await unit.orders.update(next, order.version, events))) throw new Error('the order changed meanwhile');
    await queueCustomerMessage(unit, services.ids, next, at);
    await queueDealerWebhook(unit, services, next, events);
    return next;
  });
}

/** A VIN-shaped value unique per `n` (the tracking and message tests need one, not a valid check digit). */
export function testVin(n: number): string {
  return `LAUTEST0X${String(n).padStart(8, '0')}`;
}
