import type { OrderStatus } from '../order/order-status.js';

/** The statuses the customer gets a text message for (SPEC §4), each with its template name. */
export const CUSTOMER_MESSAGE_TEMPLATES: Readonly<Partial<Record<OrderStatus, string>>> = {
  verified: 'order_verified',
  postponed: 'order_postponed',
  scheduled: 'order_scheduled',
  shipped: 'order_shipped',
  delivered: 'order_delivered',
};

/**
 * The deduplication key of the message for an order reaching a status. One key per order, status and order version:
 * the same change never queues two messages, and a later return to the status (postponed twice) queues a new one.
 */
export function customerMessageKey(orderId: string, status: OrderStatus, orderVersion: number): string {
  return `sms:${orderId}:${status}:${orderVersion}`;
}
