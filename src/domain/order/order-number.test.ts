import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { formatOrderNumber, parseOrderNumber } from './order-number.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('order-number.test.ts');

describe('formatOrderNumber', () => {
  it.each<[number, number, string]>([
    [2026, 123, 'SO-2026-000123'],
    [2026, 1, 'SO-2026-000001'],
    [2027, 999_999, 'SO-2027-999999'],
    [2027, 1_000_000, 'SO-2027-1000000'],
    [2030, 12_345_678, 'SO-2030-12345678'],
  ])('writes year %i serial %i as %s', (year, serial, expected) => {
    expect(formatOrderNumber(year, serial)).toBe(expected);
  });

  it.each<[number, number]>([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, Number.NaN],
    [2026, 2 ** 53],
    [999, 1],
    [10_000, 1],
    [2026.5, 1],
  ])('refuses year %s serial %s as a bug in the caller', (year, serial) => {
    expect(() => formatOrderNumber(year, serial)).toThrow(InvariantError);
  });
});

describe('parseOrderNumber', () => {
  it.each([
    ['SO-2026-000123', { year: 2026, serial: 123 }],
    ['SO-2027-1000000', { year: 2027, serial: 1_000_000 }],
  ])('reads %s', (text, parts) => {
    expect(parseOrderNumber(text)).toEqual(parts);
  });

  it.each([
    '',
    'SO-2026-123',
    'SO-2026-00123',
    'SO-2026-0000123',
    'SO-2026-000000',
    'so-2026-000123',
    'SO-26-000123',
    'SO-0999-000123',
    ' SO-2026-000123',
    'SO-2026-000123 ',
    'SO-2026-000123\n',
    'PO-2026-000123',
    'SO-2026-00012a',
    'SO-2026-99999999999999999999',
  ])('does not read "%s" as an order number', (text) => {
    expect(parseOrderNumber(text)).toBeNull();
  });

  it('reads back every number it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (year, serial) => {
          expect(parseOrderNumber(formatOrderNumber(year, serial))).toEqual({ year, serial });
        },
      ),
      { seed },
    );
  });

  it('writes back exactly the text of every number it reads', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^SO-\d{4}-\d{5,9}$/), (text) => {
        const parts = parseOrderNumber(text);
        if (parts !== null) expect(formatOrderNumber(parts.year, parts.serial)).toBe(text);
      }),
      { seed },
    );
  });
});
