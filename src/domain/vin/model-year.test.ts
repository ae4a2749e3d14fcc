import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { modelYearCode } from './model-year.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('model-year.test.ts');

describe('modelYearCode', () => {
  it.each([
    { year: 1980, code: 'A' },
    { year: 1988, code: 'J' },
    { year: 1989, code: 'K' },
    { year: 1995, code: 'S' },
    { year: 1997, code: 'V' },
    { year: 2000, code: 'Y' },
    { year: 2001, code: '1' },
    { year: 2009, code: '9' },
    { year: 2010, code: 'A' },
    { year: 2020, code: 'L' },
    { year: 2024, code: 'R' },
    { year: 2025, code: 'S' },
    { year: 2026, code: 'T' },
    { year: 2027, code: 'V' },
    { year: 2028, code: 'W' },
    { year: 2029, code: 'X' },
    { year: 2030, code: 'Y' },
    { year: 2031, code: '1' },
    { year: 2039, code: '9' },
    { year: 2040, code: 'A' },
  ])('writes model year $year as $code', ({ year, code }) => {
    expect(modelYearCode(year)).toBe(code);
  });

  it.each([1979, 0, -2026, 2026.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000])(
    'refuses year %s as a bug in the caller',
    (year) => {
      expect(() => modelYearCode(year)).toThrow(InvariantError);
    },
  );

  it('gives 30 consecutive years 30 different codes, none of them I, O, Q, U, Z or 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1980, max: 9970 }), (firstYear) => {
        const codes = Array.from({ length: 30 }, (_, offset) => modelYearCode(firstYear + offset));
        expect(new Set(codes).size).toBe(30);
        for (const code of codes) expect(code).toMatch(/^[1-9A-HJ-NPRSTV-Y]$/);
      }),
      { seed },
    );
  });

  it('repeats the code of a year 30 years later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1980, max: 9969 }), (year) => {
        expect(modelYearCode(year + 30)).toBe(modelYearCode(year));
      }),
      { seed },
    );
  });
});
