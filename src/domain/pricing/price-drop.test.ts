import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PriceDropInput, protectedPrice, versionsInForceKey } from './price-drop.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('price-drop.test.ts');

const LOCKED: PriceDropInput = {
  listPriceCents: 300_000,
  lockedPriceCents: 300_000,
  priceCents: 300_000,
  priceInForceCents: 300_000,
  priceDropPolicy: true,
};

describe('protectedPrice', () => {
  it.each<[string, Partial<PriceDropInput>, number]>([
    ['keeps the locked price when the price in force is the same', {}, 300_000],
    ['passes a lower price in force on', { priceInForceCents: 270_000 }, 270_000],
    ['never raises the price for a dearer version', { priceInForceCents: 330_000 }, 300_000],
    [
      'keeps a drop already passed on when a later version raises the price again',
      { priceCents: 270_000, priceInForceCents: 290_000 },
      270_000,
    ],
    ['passes a second, deeper drop on', { priceCents: 270_000, priceInForceCents: 250_000 }, 250_000],
    [
      'keeps the locked price without the price-drop policy',
      { priceInForceCents: 270_000, priceDropPolicy: false },
      300_000,
    ],
    [
      'keeps a drop already passed on when the policy is switched off afterwards',
      { priceCents: 270_000, priceDropPolicy: false },
      270_000,
    ],
  ])('%s', (_description, input, expected) => {
    expect(protectedPrice({ ...LOCKED, ...input })).toBe(expected);
  });

  it('never charges more than before, never more than the locked price, never less than the price in force', () => {
    const cents = fc.integer({ min: 0, max: 100_000_000 });
    fc.assert(
      fc.property(cents, cents, cents, fc.boolean(), (locked, paidBelowLocked, inForce, policy) => {
        const priceCents = Math.min(locked, paidBelowLocked);
        const input = { ...LOCKED, lockedPriceCents: locked, priceCents, priceInForceCents: inForce };
        const price = protectedPrice({ ...input, priceDropPolicy: policy });
        expect(price).toBeLessThanOrEqual(priceCents);
        expect(price).toBeLessThanOrEqual(locked);
        if (policy) expect(price).toBe(Math.min(priceCents, inForce));
      }),
      { seed },
    );
  });
});

describe('versionsInForceKey', () => {
  const versions = [
    { version: 1, effectiveAt: '2026-01-01T00:00:00Z', items: [] },
    { version: 3, effectiveAt: '2026-12-10T00:00:00+08:00', items: [] },
    { version: 2, effectiveAt: '2026-12-01T00:00:00Z', items: [] },
  ];

  it('names the versions in force at an instant, whatever order they come in', () => {
    expect(versionsInForceKey(versions, '2026-12-05T00:00:00Z')).toBe('1,2');
  });

  it('changes when a version reaches its effective time, compared as instants', () => {
    expect(versionsInForceKey(versions, '2026-12-09T15:59:59Z')).toBe('1,2');
    expect(versionsInForceKey(versions, '2026-12-09T16:00:00Z')).toBe('1,2,3');
  });

  it('is empty before any version is in force', () => {
    expect(versionsInForceKey(versions, '2025-12-31T23:59:59Z')).toBe('');
  });
});
