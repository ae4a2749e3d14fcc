import type { Catalog, Configuration } from '../catalog/catalog-types.js';
import type { Dealer } from '../dealer/dealer-types.js';
import type { Part } from '../materials/part-types.js';
import type { Customer, Deposit } from '../order/order-types.js';
import type { QuotaBucket } from '../quota/quota-types.js';

/** Another bucket the order could move to, with the delivery delay that move implies. */
export interface QuotaAlternative {
  readonly bucket: QuotaBucket;
  readonly delayDays: number;
}

/** Everything the five checks need, gathered by the caller; the checks read nothing else. */
export interface VerificationFacts {
  /** ISO instant of the verification. */
  readonly now: string;
  /** `YYYY-MM-DD` in the dealer's region: decides a buyer's age. */
  readonly today: string;
  readonly catalog: Catalog;
  readonly dealer: Dealer;
  readonly customer: Customer;
  readonly vehicle: Configuration;
  readonly deposit: Deposit;
  readonly special: { readonly reason: string } | null;
  /** The order's quota bucket; null when the automaker allocated none for it. */
  readonly bucket: QuotaBucket | null;
  /** True when the order already holds a unit of `bucket` (it is re-checked after a review). */
  readonly holdsQuota: boolean;
  readonly alternatives: readonly QuotaAlternative[];
  /** The parts the configuration consumes, as stocked now. */
  readonly parts: readonly Part[];
  /** Other active orders of the same buyer (identity number) for the same model, at any dealer. */
  readonly otherActiveOrdersOfBuyer: number;
}
