import { isOrderStatus, type OrderStatus } from '../order/order-status.js';
import type { Order } from '../order/order-types.js';
import { InvariantError } from '../shared/assert.js';

/** The one event name a dealer's DMS subscribes to; the payload's `status` says what happened. */
export const ORDER_STATUS_CHANGED = 'order.status_changed';

/** An order event as stored: its place in the order's history, its type and when it happened. */
export interface OrderEventReference {
  readonly seq: number;
  readonly type: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

/**
 * The JSON body a dealer's DMS receives on each status change. It carries no personal data at all (no name, phone
 * or ID number): a DMS already knows its own customers by the order number, and a webhook body ends up in logs,
 * queues and retries far from here.
 */
export interface OrderStatusWebhook {
  readonly event: typeof ORDER_STATUS_CHANGED;
  readonly orderId: string;
  readonly orderNo: string;
  readonly dealerCode: string;
  readonly status: OrderStatus;
  readonly at: string;
  /** The event's sequence number: a receiver applies the highest it has seen, in whatever order they arrive. */
  readonly seq: number;
  readonly vin: string | null;
  /** `YYYY-MM-DD` */
  readonly eta: string | null;
}

/** The order fields a webhook may carry; taking only these keeps the customer out by construction. */
export type WebhookOrderFields = Pick<Order, 'id' | 'orderNo' | 'dealerCode' | 'vin' | 'eta'>;

/** Whether an event records a status change (its type is the new status) and so deserves a webhook. */
export function isStatusChangeEvent(event: OrderEventReference): boolean {
  return isOrderStatus(event.type);
}

function assertSeq(seq: number): void {
  if (!(Number.isSafeInteger(seq) && seq >= 1)) throw new InvariantError(`an event's seq counts from 1, got ${seq}`);
}

/**
 * The webhook body for one status-change event of an order. The status is the event's own, not the order's
 * current one: a submit writes `submitted` and then its verdict, and the DMS should see both steps. An event that
 * is not a status change is a bug in the caller (see `isStatusChangeEvent`).
 */
export function orderStatusWebhook(order: WebhookOrderFields, event: OrderEventReference): OrderStatusWebhook {
  assertSeq(event.seq);
  if (!isOrderStatus(event.type)) throw new InvariantError(`event ${event.type} is not a status change`);
  return {
    event: ORDER_STATUS_CHANGED,
    orderId: order.id,
    orderNo: order.orderNo,
    dealerCode: order.dealerCode,
    status: event.type,
    at: event.at,
    seq: event.seq,
    vin: order.vin,
    eta: order.eta,
  };
}

/** The key that makes each event's webhook delivered once: one per order and event, however often it is retried. */
export function webhookDedupKey(orderId: string, seq: number): string {
  assertSeq(seq);
  return `webhook:${orderId}:${seq}`;
}
