import type { OrderStatus } from '../order/order-status.js';

/** Who decides an order that passed or failed verification at submission, without a person. */
export const SYSTEM_DECIDER = 'system';

/** What the verification report reads of one order; the query that loads it flattens the verification record. */
export interface ReportOrder {
  readonly status: OrderStatus;
  /** ISO instant of submission: it places the order in a report's range and starts its SLA clock. */
  readonly createdAt: string;
  /** ISO instant of the decision; null while the order waits for one. */
  readonly decidedAt: string | null;
  /** {@link SYSTEM_DECIDER}, or the username of the reviewer who decided; null while undecided. */
  readonly decidedBy: string | null;
  readonly depositCents: number;
  /** Names of the checks whose result was `fail`, `hold` or `review`; a name may repeat, one per problem found. */
  readonly failedChecks: readonly string[];
}
