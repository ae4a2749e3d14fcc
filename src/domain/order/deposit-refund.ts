import type { Deposit } from './order-types.js';

/**
 * Where the buyer's deposit stands after the order ends without a car: `pending` until finance pays it back,
 * `refunded` once it has, `none` when there was nothing to pay back.
 */
export type DepositRefundStatus = 'none' | 'pending' | 'refunded';

/** A cancelled order owes the buyer the deposit: pending until finance confirms the refund. */
export function refundOnCancellation(deposit: Deposit): DepositRefundStatus {
  return deposit.amountCents > 0 ? 'pending' : 'none';
}
