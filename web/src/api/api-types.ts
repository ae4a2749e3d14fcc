import type { OrderStatus } from '../../../src/domain/order/order-status.js';

/**
 * The shapes the ordergate API answers with (SPEC §5), as the web app reads them. Fields that arrive with later
 * parts of the API are optional, so the app works before and after they exist.
 */

export type Role = 'dealer_sales' | 'dealer_manager' | 'oem_reviewer' | 'oem_allocation' | 'oem_admin' | 'integration';

export interface User {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly dealerCode: string | null;
}

export interface SignInAnswer {
  readonly token: string;
  readonly expiresAt?: string;
  readonly user: User;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface ApiTrim {
  readonly code: string;
  readonly name: string;
  readonly basePriceCents: number;
  readonly inProduction: boolean;
  readonly features: readonly string[];
}

export interface ApiOption {
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly priceCents: number;
  readonly trims: readonly string[] | null;
  readonly requires: readonly string[];
  readonly excludes: readonly string[];
  readonly parts: readonly string[];
  readonly special: boolean;
  readonly inProduction: boolean;
}

export interface ApiModel {
  readonly code: string;
  readonly name: string;
  readonly powertrain: 'BEV' | 'PHEV' | 'ICE';
  readonly plant: string;
  readonly minDepositCents: number;
  readonly trims: readonly ApiTrim[];
  readonly options: readonly ApiOption[];
}

export interface ApiCatalog {
  readonly brand?: { readonly code: string; readonly name: string; readonly wmi: string };
  readonly models: readonly ApiModel[];
}

export interface ApiDealer {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly city?: string;
  readonly phone?: string;
  readonly models: readonly string[];
}

export type { OrderStatus };

export type IdType = 'resident_id' | 'passport' | 'company';
export type CustomerLanguage = 'zh-CN' | 'en';

export interface QuotaSuggestion {
  readonly region: string;
  readonly month: string;
  readonly model: string;
  readonly available: number;
  readonly delayDays: number;
}

export interface CheckLine {
  readonly check: 'completeness' | 'buildability' | 'quota' | 'materials' | 'special';
  readonly result: 'pass' | 'fail' | 'hold' | 'review';
  readonly code: string;
  readonly message: string;
  readonly path: string | null;
  readonly details?: {
    readonly suggestions?: readonly QuotaSuggestion[];
    readonly part?: string;
    readonly expectedAt?: string | null;
    readonly [key: string]: unknown;
  };
}

export interface ApiOrder {
  readonly id: string;
  readonly orderNo: string;
  readonly dealerCode: string;
  readonly region: string;
  readonly status: OrderStatus;
  readonly customer: {
    readonly name: string;
    readonly phone: string;
    readonly idType: IdType;
    readonly idNumber: string;
    readonly language?: CustomerLanguage;
  };
  readonly vehicle: { readonly model: string; readonly trim: string; readonly options: readonly string[] };
  readonly special?: { readonly reason: string } | null;
  readonly listPriceCents: number;
  readonly lockedPriceCents: number | null;
  readonly priceCents: number;
  readonly deposit: { readonly amountCents: number; readonly paidAt: string; readonly reference: string };
  readonly verification: {
    readonly decision: string;
    readonly decidedBy: string;
    readonly decidedAt: string;
    readonly checks: readonly CheckLine[];
  } | null;
  readonly quota: { readonly region: string; readonly month: string; readonly model: string } | null;
  readonly productionSlot: { readonly plant: string; readonly buildDate: string; readonly sequence: number } | null;
  readonly vin: string | null;
  readonly eta: string | null;
  readonly trackingUrl?: string | null;
  readonly sla?: { readonly deadline: string; readonly breached: boolean } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface ApiOrderEvent {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actor: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface ApiNotification {
  readonly channel: string;
  readonly to: string;
  readonly template: string;
  readonly status: 'queued' | 'sent' | 'failed';
  readonly attempts: number;
  readonly sentAt: string | null;
}

export interface QuotaBucket {
  readonly region: string;
  readonly month: string;
  readonly model: string;
  readonly cap: number;
  readonly used: number;
}

export interface ApiPart {
  readonly code: string;
  readonly name: string;
  readonly availableUnits: number;
  readonly reservedUnits: number;
  readonly expectedAt: string | null;
}

export interface ApiPriceItem {
  readonly model: string;
  readonly trim?: string | null;
  readonly option?: string | null;
  readonly priceCents: number;
}

export interface ApiPriceVersion {
  readonly version: number;
  readonly effectiveAt: string;
  readonly items: readonly ApiPriceItem[];
  readonly createdAt?: string;
  readonly createdBy?: string;
}

/** `GET /reports/verification`; the tallies may come as a map or as a list of `{key, count}` rows. */
export interface ApiVerificationReport {
  readonly orders: number;
  readonly autoDecided: number;
  readonly autoRate: number;
  readonly byDecision: unknown;
  readonly byCheckFailure: unknown;
  readonly latencyMs: { readonly p50: number | null; readonly p95: number | null };
  readonly slaBreaches: number;
  readonly depositsAtRiskCents: number;
  readonly byStatus?: unknown;
}
