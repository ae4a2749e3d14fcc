import { CUSTOMER_MESSAGE_TEMPLATES, customerMessageKey } from '../../domain/notification/customer-messages.js';
import type { NewOrderEvent, StoredOrder, UnitOfWork } from '../ports/repositories.js';
import type { IdGenerator } from '../ports/services.js';

/**
 * Queues the customer's text message when an order reaches a status that has one; called in the same transaction
 * as the change, so a message exists exactly when its change was committed.
 */
export async function queueCustomerMessage(
  unit: UnitOfWork,
  ids: IdGenerator,
  order: StoredOrder,
  at: string,
): Promise<void> {
  const template = CUSTOMER_MESSAGE_TEMPLATES[order.status];
  if (template === undefined) return;
  await unit.outbox.enqueue({
    id: ids.id(),
    dedupKey: customerMessageKey(order.id, order.status, order.version),
    orderId: order.id,
    channel: 'sms',
    recipient: order.customer.phone,
    template,
    language: order.customer.language,
    payload: {
      orderNo: order.orderNo,
      model: order.vehicle.model,
      status: order.status,
      vin: order.vin,
      eta: order.eta,
    },
    createdAt: at,
  });
}

/** The event that records a verification's verdict. */
export function verdictEvent(order: StoredOrder, actor: string, at: string): NewOrderEvent {
  const failing = (order.verification?.checks ?? []).filter((line) => line.result !== 'pass');
  return {
    type: order.status,
    at,
    actor,
    data: { decision: order.status, codes: failing.map((line) => line.code) },
  };
}
