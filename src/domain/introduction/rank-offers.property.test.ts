import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../main/demo/demo-catalog.js';
import { DEMO_FEATURE_NEEDS } from '../../main/demo/demo-feature-needs.js';
import { needLabel } from './need-labels.js';
import { MOTIVATIONS, needKey, PRIORITIES, statedNeedsOf, USAGES, type NeedsProfile } from './needs-profile.js';
import { MAX_OFFERS, MAX_SELLING_POINTS, rankOffers } from './rank-offers.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('rank-offers.property.test.ts');

const PRICES = { versions: [], at: '2026-12-04T04:00:00.000Z' };

const profiles: fc.Arbitrary<NeedsProfile> = fc.record({
  budgetCents: fc.option(fc.integer({ min: 0, max: 60_000_000 }), { nil: null }),
  householdSize: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  dailyDistanceKm: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
  homeCharging: fc.option(fc.boolean(), { nil: null }),
  usage: fc.uniqueArray(fc.constantFrom(...USAGES)),
  priorities: fc.uniqueArray(fc.constantFrom(...PRIORITIES)),
  motivation: fc.option(fc.constantFrom(...MOTIVATIONS), { nil: null }),
});

describe('ranking offers, for any profile', () => {
  it('explains every selling point only by needs present in the profile, each named in both languages', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const stated = new Set(statedNeedsOf(profile).map(needKey));
        for (const offer of rankOffers(profile, DEMO_CATALOG, PRICES, DEMO_FEATURE_NEEDS)) {
          for (const point of offer.sellingPoints) {
            expect(point.needs.length).toBeGreaterThan(0);
            for (const need of point.needs) {
              expect(stated.has(needKey(need))).toBe(true);
              expect(point.explanation.en).toContain(needLabel(need).en);
              expect(point.explanation['zh-CN']).toContain(needLabel(need)['zh-CN']);
            }
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });

  it('ranks best first, within the limits, and only offers what can be built from the catalog', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const offers = rankOffers(profile, DEMO_CATALOG, PRICES, DEMO_FEATURE_NEEDS);
        expect(offers.length).toBe(MAX_OFFERS);
        for (const [index, offer] of offers.entries()) {
          expect(offer.rank).toBe(index + 1);
          expect(offer.sellingPoints.length).toBeLessThanOrEqual(MAX_SELLING_POINTS);
          if (index > 0) expect(offer.score).toBeLessThanOrEqual(offers[index - 1]!.score);
          const model = DEMO_CATALOG.models.find((candidate) => candidate.code === offer.model)!;
          const trim = model.trims.find((candidate) => candidate.code === offer.trim)!;
          expect(trim.inProduction).toBe(true);
          for (const { code } of offer.options) {
            const option = model.options.find((candidate) => candidate.code === code)!;
            expect(option.inProduction && !option.special).toBe(true);
            expect(option.trims === null || option.trims.includes(trim.code)).toBe(true);
            expect(offer.options.some((other) => option.excludes.includes(other.code))).toBe(false);
          }
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
