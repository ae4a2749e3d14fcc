import type { Configuration } from '../catalog/catalog-types.js';
import type { Cents } from '../shared/money.js';
import type { OrderStatus } from './order-status.js';
import type { Verification } from '../verification/verification-types.js';

export type IdType = 'resident_id' | 'passport' | 'company';
export type Language = 'zh-CN' | 'en';

export interface Customer {
  readonly name: string;
  readonly phone: string;
  readonly idType: IdType;
  readonly idNumber: string;
  readonly language: Language;
}

export interface Deposit {
  readonly amountCents: Cents;
  /** ISO 8601 instant. */
  readonly paidAt: string;
  readonly reference: string;
}

export interface QuotaKey {
  readonly region: string;
  readonly month: string;
  readonly model: string;
}

export interface ProductionSlot {
  readonly plant: string;
  /** `YYYY-MM-DD` */
  readonly buildDate: string;
  readonly sequence: number;
}

/** An order as the domain sees it. */
export interface Order {
  readonly id: string;
  readonly orderNo: string;
  readonly dealerCode: string;
  readonly region: string;
  readonly status: OrderStatus;
  readonly customer: Customer;
  readonly vehicle: Configuration;
  readonly special: { readonly reason: string } | null;
  readonly listPriceCents: Cents;
  readonly lockedPriceCents: Cents | null;
  readonly priceCents: Cents;
  readonly deposit: Deposit;
  readonly verification: Verification | null;
  readonly quota: QuotaKey;
  /** True while the order holds one unit of its quota bucket. */
  readonly quotaReserved: boolean;
  /** Part codes the order holds one unit of each. */
  readonly reservedParts: readonly string[];
  readonly productionSlot: ProductionSlot | null;
  readonly vin: string | null;
  /** `YYYY-MM-DD` */
  readonly eta: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}
