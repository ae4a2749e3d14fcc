import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { type PriceProtectionInput, customerPrice } from './price-protection.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('price-protection.test.ts');

const BASE: PriceProtectionInput = {
  listPriceCents: 300_000,
  lockedPriceCents: null,
  currentPriceCents: 300_000,
  priceDropPolicy: true,
  delivered: false,
};

describe('customerPrice', () => {
  it.each<[string, Partial<PriceProtectionInput>, number]>([
    [
      'the list price at submission before verification, whatever the current price',
      { currentPriceCents: 250_000 },
      300_000,
    ],
    ['the list price before verification even when prices rose', { currentPriceCents: 350_000 }, 300_000],
    ['the locked price when nothing changed', { lockedPriceCents: 300_000 }, 300_000],
    ['the locked price, not a higher current one', { lockedPriceCents: 300_000, currentPriceCents: 320_000 }, 300_000],
    [
      'a lower current price, with the price-drop policy',
      { lockedPriceCents: 300_000, currentPriceCents: 280_000 },
      280_000,
    ],
    [
      'the locked price despite a drop, without the policy',
      { lockedPriceCents: 300_000, currentPriceCents: 280_000, priceDropPolicy: false },
      300_000,
    ],
    [
      'the lower price in force at delivery, once delivered',
      { lockedPriceCents: 300_000, currentPriceCents: 290_000, delivered: true },
      290_000,
    ],
    [
      'the locked price at delivery when prices rose',
      { lockedPriceCents: 300_000, currentPriceCents: 330_000, delivered: true },
      300_000,
    ],
    ['a locked price below the list price (a drop before verification)', { lockedPriceCents: 290_000 }, 290_000],
    ['nothing for a free car', { listPriceCents: 0, lockedPriceCents: 0, currentPriceCents: 0 }, 0],
  ])('charges %s', (_description, input, expected) => {
    expect(customerPrice({ ...BASE, ...input })).toBe(expected);
  });

  it.each<[string, Partial<PriceProtectionInput>]>([
    ['a negative list price', { listPriceCents: -1 }],
    ['a fraction of a cent', { lockedPriceCents: 100.5 }],
    ['a current price that is not a number', { lockedPriceCents: 1, currentPriceCents: Number.NaN }],
    ['a delivered order without a locked price', { delivered: true }],
  ])('treats %s as a bug in the caller', (_description, input) => {
    expect(() => customerPrice({ ...BASE, ...input })).toThrow(InvariantError);
  });
});

describe('customerPrice over an order’s life', () => {
  interface OrderLife {
    readonly listPriceCents: number;
    readonly lockedPriceCents: number;
    readonly laterPrices: readonly number[];
    readonly deliveredAfter: number | null;
    readonly priceDropPolicy: boolean;
  }
  const cents = fc.nat({ max: 1_000_000_00 });
  /** The locked price, the prices in force afterwards (one per price-list change) and when the car is delivered. */
  const life: fc.Arbitrary<OrderLife> = fc.record({
    listPriceCents: cents,
    lockedPriceCents: cents,
    laterPrices: fc.array(cents, { minLength: 1, maxLength: 12 }),
    deliveredAfter: fc.option(fc.nat({ max: 12 }), { nil: null }),
    priceDropPolicy: fc.boolean(),
  });

  /** What the customer is charged after each price change, the caller freezing the price at delivery. */
  function chargesOverTime(order: OrderLife): { charged: number; lowestSeen: number; delivered: boolean }[] {
    const { listPriceCents, lockedPriceCents, laterPrices, deliveredAfter, priceDropPolicy } = order;
    let lowestSeen = lockedPriceCents;
    let priceAtDelivery: number | null = null;
    return laterPrices.map((priceInForce, step) => {
      const delivered = deliveredAfter !== null && step >= deliveredAfter;
      if (delivered && priceAtDelivery === null) priceAtDelivery = priceInForce;
      const currentPriceCents = priceAtDelivery ?? priceInForce;
      lowestSeen = Math.min(lowestSeen, currentPriceCents);
      const charged = customerPrice({
        listPriceCents,
        lockedPriceCents,
        currentPriceCents,
        priceDropPolicy,
        delivered,
      });
      return { charged, lowestSeen, delivered };
    });
  }

  it('never charges more than the locked price, nor less than the lowest price seen since verification', () => {
    // The locked price counts as seen: it was the price in force when the order was verified.
    fc.assert(
      fc.property(life, (order) => {
        for (const { charged, lowestSeen } of chargesOverTime(order)) {
          expect(charged).toBeLessThanOrEqual(order.lockedPriceCents);
          expect(charged).toBeGreaterThanOrEqual(lowestSeen);
        }
      }),
      { seed },
    );
  });

  it('keeps the price of a delivered order whatever price lists come later', () => {
    fc.assert(
      fc.property(life, (order) => {
        const afterDelivery = chargesOverTime(order).filter((step) => step.delivered);
        expect(new Set(afterDelivery.map((step) => step.charged)).size).toBeLessThanOrEqual(1);
      }),
      { seed },
    );
  });

  it('charges exactly the locked price without the price-drop policy', () => {
    fc.assert(
      fc.property(life, (order) => {
        const charges = chargesOverTime({ ...order, priceDropPolicy: false });
        for (const { charged } of charges) expect(charged).toBe(order.lockedPriceCents);
      }),
      { seed },
    );
  });

  it('charges the list price before verification, whatever the price in force', () => {
    fc.assert(
      fc.property(cents, cents, fc.boolean(), (listPriceCents, currentPriceCents, priceDropPolicy) => {
        const input = { listPriceCents, lockedPriceCents: null, currentPriceCents, priceDropPolicy, delivered: false };
        expect(customerPrice(input)).toBe(listPriceCents);
      }),
      { seed },
    );
  });
});
