import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { nearestRankPercentile } from './percentile.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('percentile.test.ts');

/** 1 to 100, listed out of order: 37 steps through all of them since 37 and 100 share no factor. */
const ONE_TO_HUNDRED = Array.from({ length: 100 }, (_, index) => ((index * 37) % 100) + 1);

describe('nearestRankPercentile', () => {
  for (const { values, percent, expected, why } of [
    { values: [], percent: 50, expected: null, why: 'no values have no median' },
    { values: [], percent: 95, expected: null, why: 'nor a 95th percentile' },
    { values: [7], percent: 50, expected: 7, why: 'one value is its own median' },
    { values: [7], percent: 95, expected: 7, why: 'and its own 95th percentile' },
    { values: [9, 1], percent: 50, expected: 1, why: 'of two, the median is the lower (rank ⌈1⌉ = 1)' },
    { values: [9, 1], percent: 95, expected: 9, why: 'of two, the 95th is the higher (rank ⌈1.9⌉ = 2)' },
    { values: [9, 1], percent: 51, expected: 9, why: 'just past half of two takes the higher' },
    { values: ONE_TO_HUNDRED, percent: 50, expected: 50, why: 'of 1 to 100, the median is 50 (rank 50)' },
    { values: ONE_TO_HUNDRED, percent: 95, expected: 95, why: 'and the 95th is 95 (rank 95)' },
    { values: ONE_TO_HUNDRED, percent: 1, expected: 1, why: 'and the 1st is 1' },
    { values: ONE_TO_HUNDRED, percent: 100, expected: 100, why: 'and the 100th is the largest' },
    { values: [3, 3, 3, 10], percent: 75, expected: 3, why: 'repeated values count one by one (rank 3)' },
    { values: [5, 1, 4, 2, 3], percent: 50, expected: 3, why: 'of five, the median is the third (rank ⌈2.5⌉)' },
  ] satisfies { values: number[]; percent: number; expected: number | null; why: string }[]) {
    it(`${why}`, () => {
      expect(nearestRankPercentile(values, percent)).toBe(expected);
    });
  }

  it('leaves the values it is given in their order', () => {
    const values = [3, 1, 2];
    nearestRankPercentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([0, 101, 50.5, -5, Number.NaN])('throws for the percentile %s', (percent) => {
    expect(() => nearestRankPercentile([1, 2, 3], percent)).toThrow(InvariantError);
  });

  it('returns the smallest listed value with at least that share of the values at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 100 }),
        (values, percent) => {
          const result = nearestRankPercentile(values, percent)!;
          const atOrBelow = (bound: number): number => values.filter((value) => value <= bound).length;
          expect(values).toContain(result);
          expect(atOrBelow(result) * 100).toBeGreaterThanOrEqual(percent * values.length);
          for (const smaller of values.filter((value) => value < result)) {
            expect(atOrBelow(smaller) * 100).toBeLessThan(percent * values.length);
          }
        },
      ),
      { seed, numRuns: 500 },
    );
  });
});
