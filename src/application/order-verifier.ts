import { findModel } from '../domain/catalog/catalog-lookup.js';
import type { QuotaKey } from '../domain/order/order-types.js';
import { priceConfiguration } from '../domain/pricing/price-list.js';
import { customerPrice } from '../domain/pricing/price-protection.js';
import { assert } from '../domain/shared/assert.js';
import { dateInZone } from '../domain/shared/clock.js';
import { partsNeeded } from '../domain/verification/materials-check.js';
import type { VerificationFacts } from '../domain/verification/verification-facts.js';
import type { Verification } from '../domain/verification/verification-types.js';
import { verifyOrder, type VerifyOptions } from '../domain/verification/verify-order.js';
import { type EstimateSources, estimatedDeliveryDate } from './delivery-estimator.js';
import type { StoredOrder, UnitOfWork } from './ports/repositories.js';
import type { ReferenceData } from './reference-data.js';
import { quotaSuggestions } from './schedule-outlook.js';

/** How often one verification re-reads the facts after losing the last unit to a concurrent order. */
const MAX_RESERVATION_ROUNDS = 8;

export interface VerifiedOrder {
  readonly order: StoredOrder;
  readonly verification: Verification;
}

/**
 * Verifies an order inside the caller's transaction and, when it is verified, takes its quota unit and one unit of
 * each part by conditional updates. Losing a unit to a concurrent order undoes what this round took and decides
 * again on fresh facts, so the answer always matches what was reserved.
 */
export async function verifyAndReserve(
  unit: UnitOfWork,
  sources: EstimateSources,
  order: StoredOrder,
  now: Date,
  options: VerifyOptions & {
    priceDropPolicy: boolean;
    vinLagHours?: number;
    /** The list price of the order's configuration in force at `now`, when the caller has just computed it. */
    priceInForceCents?: number;
  },
): Promise<VerifiedOrder> {
  const { reference } = sources;
  // A lower price in force now than at submission is the customer's from the moment the price is locked.
  const pricing = {
    ...options,
    priceInForceCents: options.priceInForceCents ?? (await listPriceOf(reference, order, now)),
  };
  for (let round = 1; round <= MAX_RESERVATION_ROUNDS; round++) {
    const facts = await gatherFacts(unit, sources, order, now);
    const verification = verifyOrder(facts, options);
    if (verification.decision !== 'verified') return { order: settle(order, verification, now, pricing), verification };
    const taken = await reserve(unit, order, partsNeeded(facts));
    if (taken !== null) {
      const settled = settle({ ...order, quotaReserved: true, reservedParts: taken }, verification, now, pricing);
      if (settled.productionSlot !== null) return { order: settled, verification };
      const storedAsVerified = order.status === 'verified';
      const eta = await estimatedDeliveryDate(unit, sources, settled, now, options.vinLagHours, storedAsVerified);
      return { order: { ...settled, eta }, verification };
    }
  }
  throw new Error(`order ${order.orderNo} lost its reservation ${MAX_RESERVATION_ROUNDS} times in a row`);
}

async function gatherFacts(
  unit: UnitOfWork,
  sources: EstimateSources,
  order: StoredOrder,
  now: Date,
): Promise<VerificationFacts> {
  const { reference } = sources;
  const [catalog, dealer, region] = await Promise.all([
    reference.catalog(),
    reference.dealer(order.dealerCode),
    reference.region(order.region),
  ]);
  assert(dealer !== undefined && region !== undefined, `order ${order.orderNo} names an unknown dealer or region`);
  const { bucket, otherActiveOrdersOfBuyer } = await unit.orders.verificationCounts({
    quota: order.quota,
    customerIdHash: order.customerIdHash,
    model: order.vehicle.model,
    orderId: order.id,
  });
  const full = bucket === null || (!order.quotaReserved && bucket.used >= bucket.cap);
  // Alternatives cost a query and matter only to a rejection: the hot path of an order with room skips them.
  const alternatives = full ? await quotaSuggestions(unit, sources, order.quota, now) : [];
  const needed = partsNeeded({ catalog, vehicle: order.vehicle });
  const parts = await unit.parts.findMany(needed.filter((code) => !order.reservedParts.includes(code)));
  const heldParts = order.reservedParts.map((code) => ({
    code,
    name: code,
    availableUnits: 1,
    reservedUnits: 1,
    expectedAt: null,
  }));
  return {
    now: now.toISOString(),
    today: dateInZone(now, region.timeZone),
    catalog,
    dealer,
    customer: order.customer,
    vehicle: order.vehicle,
    deposit: order.deposit,
    special: order.special,
    bucket,
    holdsQuota: order.quotaReserved,
    alternatives,
    parts: [...parts, ...heldParts],
    otherActiveOrdersOfBuyer,
  };
}

/** Takes what the order does not hold yet; on a lost race gives back what this call took and answers null. */
async function reserve(unit: UnitOfWork, order: StoredOrder, needed: readonly string[]): Promise<string[] | null> {
  const quotaKey: QuotaKey = order.quota;
  const takeQuota = !order.quotaReserved;
  if (takeQuota && !(await unit.quotas.reserve(quotaKey))) return null;
  const taken: string[] = [];
  // A fixed order of part codes keeps two transactions from waiting on each other's parts.
  for (const code of [...needed].filter((part) => !order.reservedParts.includes(part)).sort()) {
    if (await unit.parts.reserve(code)) {
      taken.push(code);
      continue;
    }
    for (const part of taken) await unit.parts.release(part);
    if (takeQuota) await unit.quotas.release(quotaKey);
    return null;
  }
  return [...order.reservedParts, ...taken].sort();
}

function settle(
  order: StoredOrder,
  verification: Verification,
  now: Date,
  options: { priceDropPolicy: boolean; priceInForceCents: number },
): StoredOrder {
  const status = verification.decision;
  const decided = status === 'verified' || status === 'rejected';
  const lockedPriceCents = status === 'verified' ? (order.lockedPriceCents ?? order.listPriceCents) : null;
  return {
    ...order,
    status,
    verification,
    decidedAt: decided ? now.toISOString() : order.decidedAt,
    lockedPriceCents,
    priceCents: customerPrice({
      listPriceCents: order.listPriceCents,
      lockedPriceCents,
      currentPriceCents: Math.min(order.priceCents, options.priceInForceCents),
      priceDropPolicy: options.priceDropPolicy,
      delivered: false,
    }),
  };
}

/** The list price of an order's configuration at an instant (0 for a model the catalog does not know). */
export async function listPriceOf(
  reference: ReferenceData,
  order: Pick<StoredOrder, 'vehicle'>,
  at: Date,
): Promise<number> {
  const model = findModel(await reference.catalog(), order.vehicle.model);
  if (!model) return 0;
  return priceConfiguration(await reference.priceVersions(), model, order.vehicle, at.toISOString());
}
