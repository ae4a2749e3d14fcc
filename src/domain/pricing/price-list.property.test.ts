import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VehicleModel } from '../catalog/catalog-types.js';
import { testModel } from '../catalog/test-catalog.js';
import type { Cents } from '../shared/money.js';
import {
  type PriceItem,
  type PriceListVersion,
  type PricedComponent,
  priceConfiguration,
  priceOf,
} from './price-list.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('price-list.property.test.ts');

const e7 = testModel('AUR-E7');

/** Few instants, written in two time zones, so that versions often share an effective time. */
const INSTANTS = [
  '2026-01-01T00:00:00Z',
  '2026-01-01T08:00:00+08:00',
  '2026-02-01T00:00:00Z',
  '2026-02-01T12:00:00+08:00',
  '2026-03-01T00:00:00Z',
];

const COMPONENTS: PricedComponent[] = [
  { kind: 'trim', code: 'E7-STD' },
  { kind: 'trim', code: 'E7-LR' },
  { kind: 'option', code: 'ROOF-PANO' },
  { kind: 'option', code: 'PAINT-BLUE' },
  { kind: 'option', code: 'ROOF-MOON' },
];

const priceItem: fc.Arbitrary<PriceItem> = fc
  .record({
    model: fc.constantFrom('AUR-E7', 'AUR-X9'),
    component: fc.constantFrom(...COMPONENTS),
    priceCents: fc.nat({ max: 1_000_000_00 }),
  })
  .map(({ model, component, priceCents }) =>
    component.kind === 'trim'
      ? { model, trim: component.code, priceCents }
      : { model, option: component.code, priceCents },
  );

const versions: fc.Arbitrary<PriceListVersion[]> = fc.uniqueArray(
  fc.record({
    version: fc.integer({ min: 1, max: 40 }),
    effectiveAt: fc.constantFrom(...INSTANTS),
    items: fc.array(priceItem, { maxLength: 4 }),
  }),
  { selector: (version) => version.version, maxLength: 6 },
);

const pricingInstant = fc.constantFrom(...INSTANTS, '2025-12-31T23:59:59Z', '2026-06-01T00:00:00+08:00');

/**
 * The rule read literally: start from the catalog, apply the versions in force one after another (by effective time,
 * then version number), each overriding the prices it names and keeping the rest.
 */
function replayedPrice(
  all: readonly PriceListVersion[],
  model: VehicleModel,
  component: PricedComponent,
  at: string,
): Cents | null {
  const prices = new Map<string, Cents>();
  for (const trim of model.trims) prices.set(`trim ${trim.code}`, trim.basePriceCents);
  for (const option of model.options) prices.set(`option ${option.code}`, option.priceCents);
  const inForce = all
    .filter((version) => new Date(version.effectiveAt) <= new Date(at))
    .sort((a, b) => new Date(a.effectiveAt).getTime() - new Date(b.effectiveAt).getTime() || a.version - b.version);
  for (const version of inForce) {
    for (const item of version.items) {
      if (item.model !== model.code) continue;
      prices.set(item.trim != null ? `trim ${item.trim}` : `option ${item.option}`, item.priceCents);
    }
  }
  return prices.get(`${component.kind} ${component.code}`) ?? null;
}

describe('priceOf, for any price history', () => {
  it('equals the catalog overridden by each version in force, in order', () => {
    fc.assert(
      fc.property(versions, fc.constantFrom(...COMPONENTS), pricingInstant, (history, component, at) => {
        expect(priceOf(history, e7, component, at)).toBe(replayedPrice(history, e7, component, at));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('does not depend on the order the versions are listed in', () => {
    fc.assert(
      fc.property(
        versions.chain((history) =>
          fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length })),
        ),
        fc.constantFrom(...COMPONENTS),
        pricingInstant,
        ([history, shuffled], component, at) => {
          expect(priceOf(shuffled, e7, component, at)).toBe(priceOf(history, e7, component, at));
        },
      ),
      { seed },
    );
  });

  it('prices a configuration as the sum of the prices of its trim and options', () => {
    const configuration = { model: 'AUR-E7', trim: 'E7-LR', options: ['ROOF-PANO', 'PAINT-BLUE', 'ROOF-PANO'] };
    fc.assert(
      fc.property(versions, pricingInstant, (history, at) => {
        const parts = ['E7-LR', 'ROOF-PANO', 'PAINT-BLUE'].map(
          (code, index) => replayedPrice(history, e7, { kind: index === 0 ? 'trim' : 'option', code }, at) ?? 0,
        );
        expect(priceConfiguration(history, e7, configuration, at)).toBe(parts[0]! + parts[1]! + parts[2]!);
      }),
      { seed },
    );
  });
});
