import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { creditCodeCheckCharacter, normalizeCreditCode, validateCreditCode } from './credit-code.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('credit-code.test.ts');

const PATH = 'customer.idNumber';
/** GB 32100's character set as the brief gives it, kept apart from the implementation on purpose. */
const CHARACTER_SET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function creditCode(first17: string): string {
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

function codes(raw: string): readonly string[] {
  return validateCreditCode(raw, PATH).map((found) => found.code);
}

const validCreditCodeArbitrary = fc
  .array(fc.constantFrom(...CHARACTER_SET), { minLength: 17, maxLength: 17 })
  .map((characters) => creditCode(characters.join('')));

describe('creditCodeCheckCharacter', () => {
  // Sums worked out by hand: Σ value × weight, then 31 − (sum mod 31), 31 written as 0, looked up in the set.
  it.each([
    { first17: '91110108MA0000001', sum: 948, expected: 'D' },
    { first17: '00000000000000000', sum: 0, expected: '0' },
    { first17: '10000000000000000', sum: 1, expected: 'Y' },
    { first17: '00000000000000001', sum: 28, expected: '3' },
    { first17: 'Y0000000000000000', sum: 30, expected: '1' },
  ])('gives $expected for $first17 (weighted sum $sum)', ({ first17, expected }) => {
    expect(creditCodeCheckCharacter(first17)).toBe(expected);
  });

  it.each(['9111010800000000', '911101080000000000', '91110108I00000000', '91110108ma0000001'])(
    'refuses "%s", which is not 17 characters of the set, as a bug in the caller',
    (first17) => {
      expect(() => creditCodeCheckCharacter(first17)).toThrow(InvariantError);
    },
  );
});

describe('validateCreditCode', () => {
  it.each(['91110108MA0000001D', '91110108ma0000001d', '000000000000000000', '10000000000000000Y'])(
    'accepts the credit code %s',
    (raw) => {
      expect(validateCreditCode(raw, PATH)).toEqual([]);
    },
  );

  it.each([
    { why: 'is empty', raw: '', code: 'credit_code_length' },
    { why: 'has 17 characters', raw: '91110108MA0000001', code: 'credit_code_length' },
    { why: 'has 19 characters', raw: '91110108MA0000001D0', code: 'credit_code_length' },
    { why: 'is a 9-character organisation code', raw: 'MA0000001', code: 'credit_code_length' },
    { why: 'holds an I', raw: '91110108IA0000001D', code: 'credit_code_format' },
    { why: 'holds an O', raw: '91110108OA0000001D', code: 'credit_code_format' },
    { why: 'holds a Z', raw: '91110108ZA0000001D', code: 'credit_code_format' },
    { why: 'holds an S', raw: '91110108SA0000001D', code: 'credit_code_format' },
    { why: 'holds a V', raw: '91110108VA0000001D', code: 'credit_code_format' },
    { why: 'holds a hyphen', raw: '91110108-A0000001D', code: 'credit_code_format' },
    { why: 'holds a space', raw: '91110108 A0000001D', code: 'credit_code_format' },
    { why: 'has a wrong check character', raw: '91110108MA0000001E', code: 'credit_code_checksum' },
    { why: 'has two swapped characters', raw: '91110108AM0000001D', code: 'credit_code_checksum' },
    { why: 'has 0 where Y belongs', raw: '100000000000000000', code: 'credit_code_checksum' },
  ])('rejects a credit code that $why with $code', ({ raw, code }) => {
    expect(validateCreditCode(raw, PATH)).toEqual([{ code, message: expect.any(String), path: PATH }]);
  });

  it('accepts every generated credit code, in capitals or not', () => {
    fc.assert(
      fc.property(validCreditCodeArbitrary, (raw) => {
        expect(codes(raw)).toEqual([]);
        expect(codes(raw.toLowerCase())).toEqual([]);
      }),
      { seed },
    );
  });

  it('rejects every credit code with one character changed to another of the set', () => {
    const changed = fc
      .tuple(validCreditCodeArbitrary, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }))
      .map(([original, index, shift]) => {
        // Shifting by 1–30 in the 31-character set always lands on another character.
        const replacement = CHARACTER_SET.charAt((CHARACTER_SET.indexOf(original.charAt(index)) + shift) % 31);
        return `${original.slice(0, index)}${replacement}${original.slice(index + 1)}`;
      });
    fc.assert(
      fc.property(changed, (raw) => {
        // 31 is prime, no weight is a multiple of it, and two values differ by less than 31: the sum always moves.
        expect(codes(raw)).toEqual(['credit_code_checksum']);
      }),
      { seed },
    );
  });

  it('rejects every credit code with one character changed to one outside the set', () => {
    const changed = fc
      .tuple(validCreditCodeArbitrary, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'IOZSVioz-_ .*中'))
      .map(([original, index, replacement]) => `${original.slice(0, index)}${replacement}${original.slice(index + 1)}`);
    fc.assert(
      fc.property(changed, (raw) => {
        expect(codes(raw)).toEqual(['credit_code_format']);
      }),
      { seed },
    );
  });
});

describe('normalizeCreditCode', () => {
  it.each([
    { raw: '91110108ma0000001d', normalized: '91110108MA0000001D' },
    { raw: '91110108MA0000001D', normalized: '91110108MA0000001D' },
  ])('turns $raw into $normalized', ({ raw, normalized }) => {
    expect(normalizeCreditCode(raw)).toBe(normalized);
  });
});
