import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePassportNumber } from './passport.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('passport.test.ts');

const PATH = 'customer.idNumber';
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function codes(raw: string): readonly string[] {
  return validatePassportNumber(raw, PATH).map((found) => found.code);
}

describe('validatePassportNumber', () => {
  it.each(['E12345678', 'G1234567', 'EA1234567', 'AB123', '12345', 'e12345678', 'A'.repeat(17), 'X1234567890123456'])(
    'accepts the passport number %s',
    (raw) => {
      expect(validatePassportNumber(raw, PATH)).toEqual([]);
    },
  );

  it.each([
    { why: 'is empty', raw: '' },
    { why: 'has 4 characters', raw: 'AB12' },
    { why: 'has 18 characters', raw: 'A'.repeat(18) },
    { why: 'holds a hyphen', raw: 'E1234-5678' },
    { why: 'holds a space', raw: 'E 12345678' },
    { why: 'has a space around it', raw: ' E12345678' },
    { why: 'holds an accented letter', raw: 'É1234567' },
    { why: 'holds full-width digits', raw: 'E１２３４５６７８' },
    { why: 'holds Chinese characters', raw: '护照12345678' },
  ])('rejects a passport number that $why with passport_number_invalid', ({ raw }) => {
    expect(validatePassportNumber(raw, PATH)).toEqual([
      { code: 'passport_number_invalid', message: expect.any(String), path: PATH },
    ]);
  });

  it('accepts every run of 5 to 17 ASCII letters and digits', () => {
    const passport = fc
      .array(fc.constantFrom(...ALPHANUMERIC), { minLength: 5, maxLength: 17 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(passport, (raw) => {
        expect(codes(raw)).toEqual([]);
      }),
      { seed },
    );
  });

  it('rejects every otherwise valid passport number holding one other character', () => {
    const withIntruder = fc
      .tuple(
        fc.array(fc.constantFrom(...ALPHANUMERIC), { minLength: 4, maxLength: 16 }),
        fc
          .string({ minLength: 1, maxLength: 1, unit: 'grapheme' })
          .filter((character) => !/^[A-Za-z0-9]$/.test(character)),
        fc.nat(),
      )
      .map(([characters, intruder, at]) => {
        const index = at % (characters.length + 1);
        return [...characters.slice(0, index), intruder, ...characters.slice(index)].join('');
      });
    fc.assert(
      fc.property(withIntruder, (raw) => {
        expect(codes(raw)).toEqual(['passport_number_invalid']);
      }),
      { seed },
    );
  });
});
