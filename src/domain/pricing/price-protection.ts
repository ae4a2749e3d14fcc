import { assert } from '../shared/assert.js';
import { type Cents, assertCents } from '../shared/money.js';

/** What decides the price a customer pays now. */
export interface PriceProtectionInput {
  /** The configuration's price in the version in force at submission. */
  readonly listPriceCents: Cents;
  /** The price fixed at verification; `null` before. */
  readonly lockedPriceCents: Cents | null;
  /**
   * The configuration's price in the version in force now; once the order is delivered, the price that was in force
   * at delivery (the caller keeps it), so that later price lists no longer move the price.
   */
  readonly currentPriceCents: Cents;
  /** Whether a price drop after verification is passed on to the customer (on by default). */
  readonly priceDropPolicy: boolean;
  readonly delivered: boolean;
}

/**
 * What the customer pays now (SPEC §4, price protection). Before verification: the list price at submission, since
 * an order is priced from the version in force when it was submitted. After verification: never more than the
 * locked price, and with the price-drop policy the lower current price. A delivered order's price is frozen; this
 * function does not remember the past, so the caller freezes it by passing the price in force at delivery as the
 * current price, which makes the same rule give min(locked, price at delivery) forever after.
 */
export function customerPrice(input: PriceProtectionInput): Cents {
  const { listPriceCents, lockedPriceCents, currentPriceCents, priceDropPolicy, delivered } = input;
  assertCents(listPriceCents, 'listPriceCents');
  assertCents(currentPriceCents, 'currentPriceCents');
  if (lockedPriceCents === null) {
    assert(!delivered, 'a delivered order was verified, so its price is locked');
    return listPriceCents;
  }
  assertCents(lockedPriceCents, 'lockedPriceCents');
  return priceDropPolicy ? Math.min(lockedPriceCents, currentPriceCents) : lockedPriceCents;
}
