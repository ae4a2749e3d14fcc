import type { OrderStatus } from '../api/api-types.js';

/** Statuses in which the dealer may still correct the order (it is not verified yet). */
export const EDITABLE_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'submitted',
  'rejected',
  'postponed',
  'manual_review',
]);

/** Statuses from verification on: the vehicle is locked and only the automaker may cancel. */
export const LOCKED_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'verified',
  'scheduled',
  'in_production',
  'shipped',
  'delivered',
]);

/** Statuses an order can be cancelled from: anything before it ships. */
export const CANCELLABLE_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'submitted',
  'verified',
  'postponed',
  'manual_review',
  'rejected',
  'scheduled',
  'in_production',
]);

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'submitted',
  'verified',
  'postponed',
  'manual_review',
  'rejected',
  'scheduled',
  'in_production',
  'shipped',
  'delivered',
  'cancelled',
];
