import { LOCKED_STATUSES, ORDER_STATUSES, ORDER_TRANSITIONS } from '../../../src/domain/order/order-status.js';
import type { OrderStatus } from '../api/api-types.js';

// The server's own status table: the screens offer exactly the moves the server allows.
export { LOCKED_STATUSES, ORDER_STATUSES };

/** Statuses in which the dealer may still correct the order (it is not verified yet). */
export const EDITABLE_STATUSES: ReadonlySet<OrderStatus> = new Set(
  ORDER_STATUSES.filter((status) => !LOCKED_STATUSES.has(status) && status !== 'cancelled'),
);

/** Statuses an order can be cancelled from: anything before it ships. */
export const CANCELLABLE_STATUSES: ReadonlySet<OrderStatus> = new Set(
  ORDER_STATUSES.filter((status) => ORDER_TRANSITIONS[status].includes('cancelled')),
);
