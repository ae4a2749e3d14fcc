/** Every state an order can be in (SPEC §4), in the order of a normal life. */
export const ORDER_STATUSES = [
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
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The order's life as a table: the statuses each status may move to. Postponed, manual-review and rejected orders
 * are verified again (when supply arrives, a reviewer decides, the dealer fixes the order or a planner reallocates
 * it), and a new verification may end in any verdict, including the same one. Anything before `shipped` may be
 * cancelled; `delivered` and `cancelled` are final.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  submitted: ['verified', 'rejected', 'postponed', 'manual_review', 'cancelled'],
  postponed: ['verified', 'rejected', 'postponed', 'manual_review', 'cancelled'],
  manual_review: ['verified', 'postponed', 'rejected', 'cancelled'],
  rejected: ['verified', 'rejected', 'postponed', 'manual_review', 'cancelled'],
  verified: ['scheduled', 'cancelled'],
  scheduled: ['in_production', 'cancelled'],
  in_production: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: [],
  cancelled: [],
};

/** Orders that count against the anti-scalping rule: every status but rejected, cancelled and delivered. */
export const ACTIVE_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'submitted',
  'verified',
  'postponed',
  'manual_review',
  'scheduled',
  'in_production',
  'shipped',
]);

/** From verification on the configuration, the buyer's identity and the deposit are locked. */
export const LOCKED_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'verified',
  'scheduled',
  'in_production',
  'shipped',
  'delivered',
]);

/** Orders that hold a unit of their quota bucket (and their parts): the verified ones, until cancelled. */
export const HOLDS_QUOTA_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'verified',
  'scheduled',
  'in_production',
  'shipped',
  'delivered',
]);

/** Orders still waiting for a decision: the SLA clock runs while the dealer's deposit is at risk. */
export const UNDECIDED_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'submitted',
  'postponed',
  'manual_review',
]);

/** Whether a string from outside (a request, a database row) names an order status. */
export function isOrderStatus(value: string): value is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(value);
}
