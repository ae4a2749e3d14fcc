import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { buildVin, isValidVin, validateVin, type VinParts } from './vin.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('vin.test.ts');

const ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
/** Every VIN character by the value the check sum gives it (ISO 3779); characters in one group count the same. */
const CHARACTERS_BY_VALUE = ['0', '1AJ', '2BKS', '3CLT', '4DMU', '5ENV', '6FW', '7GPX', '8HY', '9RZ'];
const CHECK_DIGIT_INDEX = 8;

function valueOf(character: string): number {
  return CHARACTERS_BY_VALUE.findIndex((characters) => characters.includes(character));
}

function replaceAt(text: string, index: number, character: string): string {
  return `${text.slice(0, index)}${character}${text.slice(index + 1)}`;
}

function codes(vin: string): readonly string[] {
  return validateVin(vin).map((found) => found.code);
}

const PARTS: VinParts = { wmi: 'LSG', descriptor: 'PC52U', year: 2026, plantCode: 'F', serial: 123 };

const segment = (length: number) =>
  fc
    .array(fc.constantFrom(...ALPHABET), { minLength: length, maxLength: length })
    .map((characters) => characters.join(''));
const partsArbitrary: fc.Arbitrary<VinParts> = fc.record({
  wmi: segment(3),
  descriptor: segment(5),
  year: fc.integer({ min: 1980, max: 2100 }),
  plantCode: segment(1),
  serial: fc.integer({ min: 1, max: 999_999 }),
});
const vinArbitrary = partsArbitrary.map(buildVin);
/** A VIN and a position other than 9, with a character there to change. */
const vinAndPositionArbitrary = fc.tuple(
  vinArbitrary,
  fc.integer({ min: 0, max: 16 }).filter((index) => index !== CHECK_DIGIT_INDEX),
);

describe('buildVin', () => {
  it.each<{ parts: VinParts; vin: string }>([
    { parts: { wmi: '1M8', descriptor: 'GDM9A', year: 2019, plantCode: 'P', serial: 42788 }, vin: '1M8GDM9AXKP042788' },
    { parts: { wmi: 'LFV', descriptor: '3A23C', year: 2024, plantCode: '3', serial: 1 }, vin: 'LFV3A23C0R3000001' },
    { parts: PARTS, vin: 'LSGPC52U2TF000123' },
    { parts: { ...PARTS, serial: 999_999 }, vin: 'LSGPC52U9TF999999' },
  ])('builds $vin', ({ parts, vin }) => {
    expect(buildVin(parts)).toBe(vin);
  });

  it.each<{ why: string; parts: VinParts }>([
    { why: 'a two-character WMI', parts: { ...PARTS, wmi: 'LS' } },
    { why: 'a WMI with an I', parts: { ...PARTS, wmi: 'LSI' } },
    { why: 'a lower-case WMI', parts: { ...PARTS, wmi: 'lsg' } },
    { why: 'a six-character descriptor', parts: { ...PARTS, descriptor: 'PC52U1' } },
    { why: 'a descriptor with an O', parts: { ...PARTS, descriptor: 'PC5OU' } },
    { why: 'an empty plant code', parts: { ...PARTS, plantCode: '' } },
    { why: 'a plant code Q', parts: { ...PARTS, plantCode: 'Q' } },
    { why: 'a two-character plant code', parts: { ...PARTS, plantCode: 'F1' } },
    { why: 'serial 0', parts: { ...PARTS, serial: 0 } },
    { why: 'serial 1 000 000', parts: { ...PARTS, serial: 1_000_000 } },
    { why: 'a fractional serial', parts: { ...PARTS, serial: 1.5 } },
    { why: 'a negative serial', parts: { ...PARTS, serial: -1 } },
    { why: 'model year 1979', parts: { ...PARTS, year: 1979 } },
  ])('refuses $why as a bug in the caller', ({ parts }) => {
    expect(() => buildVin(parts)).toThrow(InvariantError);
  });

  it('builds a valid 17-character VIN of its parts, without I, O or Q, from any allowed parts', () => {
    fc.assert(
      fc.property(partsArbitrary, (parts) => {
        const vin = buildVin(parts);
        expect(validateVin(vin)).toEqual([]);
        expect(vin).toMatch(/^[0-9A-HJ-NPR-Z]{17}$/);
        expect(vin.slice(0, 8)).toBe(`${parts.wmi}${parts.descriptor}`);
        expect(vin.charAt(10)).toBe(parts.plantCode);
        expect(Number(vin.slice(11))).toBe(parts.serial);
      }),
      { seed },
    );
  });
});

describe('validateVin', () => {
  it.each(['1M8GDM9AXKP042788', '11111111111111111', 'LFV3A23C0R3000001', 'LSGPC52U2TF000123', '00000000000000000'])(
    'accepts the valid VIN %s',
    (vin) => {
      expect(validateVin(vin)).toEqual([]);
      expect(isValidVin(vin)).toBe(true);
    },
  );

  it.each([
    { why: 'is empty', vin: '', code: 'vin_length' },
    { why: 'has 16 characters', vin: '1M8GDM9AXKP04278', code: 'vin_length' },
    { why: 'has 18 characters', vin: '1M8GDM9AXKP0427880', code: 'vin_length' },
    { why: 'has an I', vin: '1M8GDM9AXKP04278I', code: 'vin_character' },
    { why: 'has an O', vin: 'OM8GDM9AXKP042788', code: 'vin_character' },
    { why: 'has a Q', vin: '1M8GDMQAXKP042788', code: 'vin_character' },
    { why: 'is in lower case', vin: '1m8gdm9axkp042788', code: 'vin_character' },
    { why: 'has a space', vin: '1M8GDM9AX P042788', code: 'vin_character' },
    { why: 'has a hyphen', vin: '1M8-DM9AXKP042788', code: 'vin_character' },
    { why: 'has a wrong check digit', vin: '1M8GDM9A1KP042788', code: 'vin_check_digit' },
    { why: 'has a letter for a check digit', vin: '1M8GDM9AAKP042788', code: 'vin_check_digit' },
    { why: 'has a mistyped serial', vin: '1M8GDM9AXKP042789', code: 'vin_check_digit' },
    { why: 'has two swapped characters', vin: '1M8GDM9AXKP047288', code: 'vin_check_digit' },
  ])('rejects a VIN that $why with $code', ({ vin, code }) => {
    expect(validateVin(vin)).toEqual([{ code, message: expect.any(String), path: 'vin' }]);
    expect(isValidVin(vin)).toBe(false);
  });

  it('names the positions that hold a forbidden character', () => {
    expect(validateVin('IM8GDM9AXKP04278O')[0]?.message).toMatch(/positions 1, 17 are/);
    expect(validateVin('1M8GDMQAXKP042788')[0]?.message).toMatch(/position 7 is/);
  });

  it('reports at the path it was given', () => {
    expect(validateVin('1M8GDM9A1KP042788', 'order.vin')[0]?.path).toBe('order.vin');
  });

  it('rejects every VIN whose check digit is changed to any other character', () => {
    const changed = fc.tuple(vinArbitrary, fc.integer({ min: 1, max: ALPHABET.length - 1 })).map(([vin, shift]) => {
      const replacement = ALPHABET.charAt((ALPHABET.indexOf(vin.charAt(CHECK_DIGIT_INDEX)) + shift) % ALPHABET.length);
      return replaceAt(vin, CHECK_DIGIT_INDEX, replacement);
    });
    fc.assert(
      fc.property(changed, (vin) => {
        expect(codes(vin)).toEqual(['vin_check_digit']);
      }),
      { seed },
    );
  });

  it('rejects every VIN with a character elsewhere changed to one the check sum counts differently', () => {
    // Every weight but position 9's is 2–10, 11 is prime and two values differ by 1–9, so the sum moves mod 11.
    const changed = fc
      .tuple(vinAndPositionArbitrary, fc.constantFrom(...ALPHABET))
      .filter(([[vin, index], replacement]) => valueOf(replacement) !== valueOf(vin.charAt(index)))
      .map(([[vin, index], replacement]) => replaceAt(vin, index, replacement));
    fc.assert(
      fc.property(changed, (vin) => {
        expect(codes(vin)).toEqual(['vin_check_digit']);
      }),
      { seed },
    );
  });

  it('cannot see a change elsewhere to a character the check sum counts the same (A for J, S for 2)', () => {
    // The limit of ISO 3779: the sum only sees values, so such a change leaves the check digit right.
    const changed = fc
      .tuple(vinAndPositionArbitrary, fc.nat())
      .map(([[vin, index], pick]) => {
        const group = CHARACTERS_BY_VALUE[valueOf(vin.charAt(index))] ?? '';
        const others = Array.from(group).filter((character) => character !== vin.charAt(index));
        const replacement = others[pick % Math.max(others.length, 1)];
        return replacement === undefined ? null : replaceAt(vin, index, replacement);
      })
      .filter((vin): vin is string => vin !== null);
    fc.assert(
      fc.property(changed, (vin) => {
        expect(codes(vin)).toEqual([]);
      }),
      { seed },
    );
  });

  it('rejects every VIN with a character changed to I, O, Q or a lower-case letter', () => {
    const changed = fc
      .tuple(vinArbitrary, fc.integer({ min: 0, max: 16 }), fc.constantFrom(...'IOQabcxyz'))
      .map(([vin, index, replacement]) => replaceAt(vin, index, replacement));
    fc.assert(
      fc.property(changed, (vin) => {
        expect(codes(vin)).toEqual(['vin_character']);
      }),
      { seed },
    );
  });
});
