import { assertCents, type Cents } from '../shared/money.js';
import type { PriceListVersion } from './price-list.js';
import { customerPrice } from './price-protection.js';

/** What decides the new price of an order whose price is locked, when the price list changes. */
export interface PriceDropInput {
  readonly listPriceCents: Cents;
  readonly lockedPriceCents: Cents;
  /** What the customer pays now: perhaps already below the locked price after an earlier drop. */
  readonly priceCents: Cents;
  /** The configuration's price in the versions in force now. */
  readonly priceInForceCents: Cents;
  readonly priceDropPolicy: boolean;
}

/**
 * The price of a verified, undelivered order after a change of the price list (SPEC §4, price protection): a lower
 * price in force is passed on under the price-drop policy, and nothing ever raises what the customer pays, neither a
 * later, dearer version nor the policy being switched off after a drop was passed on.
 */
export function protectedPrice(input: PriceDropInput): Cents {
  assertCents(input.priceCents, 'priceCents');
  const protectedByLock = customerPrice({
    listPriceCents: input.listPriceCents,
    lockedPriceCents: input.lockedPriceCents,
    currentPriceCents: input.priceInForceCents,
    priceDropPolicy: input.priceDropPolicy,
    delivered: false,
  });
  return Math.min(protectedByLock, input.priceCents);
}

/**
 * A key that changes exactly when the set of versions in force changes: a version published, or one reaching its
 * effective time. Prices of locked orders need recomputing only then.
 */
export function versionsInForceKey(versions: readonly PriceListVersion[], at: string): string {
  const atInstant = Date.parse(at);
  return versions
    .filter((version) => Date.parse(version.effectiveAt) <= atInstant)
    .map((version) => version.version)
    .sort((a, b) => a - b)
    .join(',');
}
