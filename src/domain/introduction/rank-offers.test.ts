import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../main/demo/demo-catalog.js';
import { DEMO_FEATURE_NEEDS } from '../../main/demo/demo-feature-needs.js';
import type { Catalog } from '../catalog/catalog-types.js';
import type { PriceListVersion } from '../pricing/price-list.js';
import { needLabel } from './need-labels.js';
import { EMPTY_PROFILE, needKey, statedNeedsOf, type NeedsProfile } from './needs-profile.js';
import { MAX_OFFERS, MAX_SELLING_POINTS, rankOffers, type Offer, type PriceBook } from './rank-offers.js';

const PRICES: PriceBook = { versions: [], at: '2026-12-04T04:00:00.000Z' };

function rank(profile: Partial<NeedsProfile>, prices: PriceBook = PRICES, catalog: Catalog = DEMO_CATALOG): Offer[] {
  return rankOffers({ ...EMPTY_PROFILE, ...profile }, catalog, prices, DEMO_FEATURE_NEEDS);
}

const best = (profile: Partial<NeedsProfile>): Offer => {
  const [first] = rank(profile);
  if (first === undefined) throw new Error('no offer');
  return first;
};

const explanations = (offer: Offer): string[] => offer.sellingPoints.map((point) => point.explanation.en);

describe('ranking offers for a needs profile', () => {
  it('offers a household of 6 the X9 with the 7-seat layout, and says why in their words', () => {
    const offer = best({ householdSize: 6, usage: ['family_trips'] });
    expect(offer.model).toBe('X9');
    expect(offer.options.map((option) => option.code)).toContain('SEAT-7');
    expect(offer.seats).toBe(7);
    expect(explanations(offer)[0]).toBe('7-seat layout (2+3+2) — household of 6 + family trips');
    expect(offer.sellingPoints[0]?.explanation['zh-CN']).toBe('7座布局（2+3+2）——6口之家 + 家庭出游');
    expect(offer.talkingPoints.map((line) => line.en)).toContain(
      '7-seat layout (2+3+2): a proper seat for each of the 6 in the household, and 1 to spare.',
    );
  });

  it('never offers a five-seater ahead of a car that seats a household of 6', () => {
    const offers = rank({ householdSize: 6 });
    const firstFiveSeater = offers.findIndex((offer) => offer.seats === 5);
    const lastRoomy = offers.findLastIndex((offer) => (offer.seats ?? 0) >= 6);
    expect(lastRoomy).toBeLessThan(firstFiveSeater);
    expect(offers[firstFiveSeater]?.fit).toContainEqual({ factor: 'seating', points: -100 });
  });

  it('offers 80 km a day with a charger at home and running cost first the battery-electric E7', () => {
    const offer = best({ dailyDistanceKm: 80, homeCharging: true, priorities: ['running_cost'] });
    expect(offer.model).toBe('E7');
    expect(offer.powertrain).toBe('BEV');
    expect(explanations(offer)).toContain('Home charger included — home charging + 80 km a day + running cost');
    expect(offer.fit).toContainEqual({ factor: 'energy', points: 20 });
  });

  it('does not push a battery-electric car on someone who cannot charge at home and drives far every day', () => {
    const offer = best({ dailyDistanceKm: 300, homeCharging: false, usage: ['long_distance'] });
    expect(offer.powertrain).not.toBe('BEV');
  });

  it('offers someone who tows a car with a tow package, and never the E7, which cannot tow', () => {
    const offers = rank({ usage: ['towing'] });
    const first = offers[0];
    expect(first?.options.map((option) => option.code)).toContain('PKG-TOW');
    expect(first?.sellingPoints[0]?.explanation.en).toMatch(/^Tow package \([\d,]+ kg\) — towing$/);
    expect(offers.filter((offer) => offer.model === 'E7').every((offer) => offer.score < 0)).toBe(true);
  });

  it('adds a package for a top priority the trim lacks only while it stays within budget', () => {
    const generous = rank({ priorities: ['safety'], budgetCents: 20_000_000 }).find((o) => o.trim === 'COMFORT');
    expect(generous?.options.map((option) => option.code)).toEqual(['PKG-CITY']);
    const tight = rank({ priorities: ['safety'], budgetCents: 11_000_000 }).find((o) => o.trim === 'COMFORT');
    expect(tight?.options).toEqual([]);
  });

  it('prefers the offer within budget and says honestly by how much another is over', () => {
    const offers = rank({ budgetCents: 25_000_000, dailyDistanceKm: 30, homeCharging: true });
    const standard = offers.find((offer) => offer.trim === 'STD');
    const longRange = offers.find((offer) => offer.trim === 'LR');
    expect(standard!.rank).toBeLessThan(longRange!.rank);
    expect(longRange!.talkingPoints.map((line) => line.en)).toContain(
      'From ¥259,800: ¥9,800 over the budget of ¥250,000; say so up front.',
    );
  });

  it('prices offers from the price list in force', () => {
    const cut: PriceListVersion = {
      version: 2,
      effectiveAt: '2026-11-01T00:00:00Z',
      items: [{ model: 'E7', trim: 'STD', priceCents: 21_980_000 }],
    };
    const offer = rank({}, { versions: [cut], at: PRICES.at }).find((o) => o.model === 'E7' && o.trim === 'STD');
    expect(offer?.priceCents).toBe(21_980_000);
  });

  it('leaves out trims that are not in production', () => {
    const offers = rank({ priorities: ['technology'] });
    expect(offers.some((offer) => offer.trim === 'LAUNCH')).toBe(false);
  });

  it('opens with the reason for buying', () => {
    const offer = best({ motivation: 'replacement', householdSize: 2 });
    expect(offer.talkingPoints[0]?.en).toContain('ask what they liked and missed in the old car');
    expect(offer.talkingPoints[0]?.['zh-CN']).toContain('换购');
  });

  it('shows at most five offers with at most three selling points each, ranked 1, 2, 3…', () => {
    const offers = rank({
      householdSize: 5,
      usage: ['commute', 'family_trips', 'long_distance'],
      priorities: ['safety', 'technology', 'space', 'running_cost', 'performance'],
    });
    expect(offers).toHaveLength(MAX_OFFERS);
    expect(offers.map((offer) => offer.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const offer of offers) {
      expect(offer.sellingPoints.length).toBeLessThanOrEqual(MAX_SELLING_POINTS);
      expect(offer.score).toBe(offer.fit.reduce((sum, line) => sum + line.points, 0));
    }
  });

  it('gives an empty profile the offers cheapest first, with nothing claimed about needs', () => {
    const offers = rank({});
    expect(offers.map((offer) => offer.priceCents)).toEqual([...offers.map((o) => o.priceCents)].sort((a, b) => a - b));
    expect(offers.every((offer) => offer.sellingPoints.length === 0 && offer.fit.length === 0)).toBe(true);
  });

  it('names, in every explanation, each stated need it points to, in both languages', () => {
    const profile: NeedsProfile = {
      ...EMPTY_PROFILE,
      householdSize: 6,
      dailyDistanceKm: 40,
      homeCharging: true,
      usage: ['family_trips', 'long_distance'],
      priorities: ['space', 'safety', 'running_cost'],
    };
    const stated = new Set(statedNeedsOf(profile).map(needKey));
    const offers = rankOffers(profile, DEMO_CATALOG, PRICES, DEMO_FEATURE_NEEDS);
    const points = offers.flatMap((offer) => offer.sellingPoints);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(point.needs.length).toBeGreaterThan(0);
      for (const need of point.needs) {
        expect(stated.has(needKey(need))).toBe(true);
        expect(point.explanation.en).toContain(needLabel(need).en);
        expect(point.explanation['zh-CN']).toContain(needLabel(need)['zh-CN']);
      }
    }
  });
});
