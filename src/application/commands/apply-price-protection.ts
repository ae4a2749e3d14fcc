import { findModel } from '../../domain/catalog/catalog-lookup.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import { priceConfiguration } from '../../domain/pricing/price-list.js';
import { protectedPrice } from '../../domain/pricing/price-drop.js';
import type { NewOrderEvent, StoredOrder } from '../ports/repositories.js';
import type { Services } from '../services.js';

/** Orders whose price is locked and may still drop: verified, not yet delivered (a delivered price is final). */
export const PRICE_PROTECTED_STATUSES: readonly OrderStatus[] = ['verified', 'scheduled', 'in_production', 'shipped'];

/** Orders repriced per transaction: short transactions, whatever the number of orders. */
export const PRICE_PROTECTION_BATCH_SIZE = 200;

/** Batches one run goes through at most (two million orders); the next run carries on from the start. */
export const PRICE_PROTECTION_MAX_BATCHES = 10_000;

export interface PriceProtectionRun {
  readonly checked: number;
  readonly repriced: number;
}

/**
 * Passes the price list in force now on to every locked, undelivered order (SPEC §4, price protection): a lower
 * price under the price-drop policy, never a higher one. Runs after a price list is published and whenever a
 * version comes into force. An order changed by someone else in the meantime is left to the next run.
 */
export async function applyPriceProtection(services: Services): Promise<PriceProtectionRun> {
  let afterId: string | null = null;
  let checked = 0;
  let repriced = 0;
  for (let batch = 0; batch < PRICE_PROTECTION_MAX_BATCHES; batch++) {
    const now = services.clock.now().toISOString();
    const [catalog, versions] = await Promise.all([services.reference.catalog(), services.reference.priceVersions()]);
    const from: string | null = afterId;
    const { page, changed } = await services.runner.run(async (unit) => {
      const page = await unit.orderQueues.listByStatusAfterId(
        PRICE_PROTECTED_STATUSES,
        from,
        PRICE_PROTECTION_BATCH_SIZE,
      );
      let changed = 0;
      for (const order of page) {
        const model = findModel(catalog, order.vehicle.model);
        if (model === undefined || order.lockedPriceCents === null) continue;
        const priceInForceCents = priceConfiguration(versions, model, order.vehicle, now);
        const priceCents = protectedPrice({
          listPriceCents: order.listPriceCents,
          lockedPriceCents: order.lockedPriceCents,
          priceCents: order.priceCents,
          priceInForceCents,
          priceDropPolicy: services.policies.priceDropPolicy,
        });
        if (priceCents === order.priceCents) continue;
        const next = { ...order, priceCents, updatedAt: now, version: order.version + 1 };
        const event = priceProtectedEvent(order, priceCents, priceInForceCents, now);
        if (await unit.orders.update(next, order.version, [event])) changed += 1;
      }
      return { page, changed };
    });
    checked += page.length;
    repriced += changed;
    if (page.length < PRICE_PROTECTION_BATCH_SIZE) break;
    afterId = page.at(-1)?.id ?? null;
  }
  return { checked, repriced };
}

/** The event of a price drop passed on to the customer, with the prices that decided it. */
export function priceProtectedEvent(
  order: StoredOrder,
  newPriceCents: number,
  priceInForceCents: number,
  at: string,
): NewOrderEvent {
  return {
    type: 'price_protected',
    at,
    actor: 'system',
    data: {
      oldPriceCents: order.priceCents,
      newPriceCents,
      lockedPriceCents: order.lockedPriceCents,
      priceInForceCents,
    },
  };
}
