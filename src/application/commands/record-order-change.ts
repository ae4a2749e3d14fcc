import { CUSTOMER_MESSAGE_TEMPLATES, customerMessageKey } from '../../domain/notification/customer-messages.js';
import {
  ORDER_STATUS_CHANGED,
  isStatusChangeEvent,
  orderStatusWebhook,
  webhookDedupKey,
} from '../../domain/notification/webhook-payload.js';
import { isOrderStatus } from '../../domain/order/order-status.js';
import { assert } from '../../domain/shared/assert.js';
import type { NewOrderEvent, NewOutboxMessage, StoredOrder, UnitOfWork } from '../ports/repositories.js';
import type { IdGenerator } from '../ports/services.js';
import type { WebhookDirectory } from '../webhook-directory.js';

/** The customer's text message for the status an order reached, or null when that status sends none. */
export function customerMessage(ids: IdGenerator, order: StoredOrder, at: string): NewOutboxMessage | null {
  const template = CUSTOMER_MESSAGE_TEMPLATES[order.status];
  if (template === undefined) return null;
  return {
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
  };
}

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
  const message = customerMessage(ids, order, at);
  if (message !== null) await unit.outbox.enqueue(message);
}

/** What recording an order's change needs besides the transaction. */
export interface OrderChangeServices {
  readonly ids: IdGenerator;
  readonly webhooks: WebhookDirectory;
}

/**
 * Queues a call to the dealer's webhook for each status change among `written`: the events the caller has just
 * appended to the order in this transaction. Call it right after `unit.orders.insert` or `unit.orders.update`, with
 * the same events; it does nothing when the dealer registered no webhook or no event changes the status.
 */
export async function queueDealerWebhook(
  unit: UnitOfWork,
  { ids, webhooks }: OrderChangeServices,
  order: StoredOrder,
  written: readonly NewOrderEvent[],
): Promise<void> {
  if (!written.some((event) => isOrderStatus(event.type))) return;
  const webhook = await webhooks.find(order.dealerCode, () => unit.webhooks.find(order.dealerCode));
  if (webhook === null) return;
  // The events were just appended, so they are the last of the history; their seq numbers name the calls.
  const appended = (await unit.orders.events(order.id)).slice(-written.length);
  assert(
    appended.length === written.length && appended.every((event, index) => event.type === written[index]?.type),
    `queueDealerWebhook was given events that are not the newest of order ${order.id}`,
  );
  for (const event of appended) {
    if (!isStatusChangeEvent(event)) continue;
    await unit.outbox.enqueue({
      id: ids.id(),
      dedupKey: webhookDedupKey(order.id, event.seq),
      orderId: order.id,
      channel: 'webhook',
      recipient: webhook.url,
      template: ORDER_STATUS_CHANGED,
      language: order.customer.language,
      payload: { ...orderStatusWebhook(order, event) },
      createdAt: event.at,
    });
  }
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
