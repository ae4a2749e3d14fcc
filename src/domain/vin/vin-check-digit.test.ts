import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { vinCheckDigit } from './vin-check-digit.js';

/** Every VIN character by the value the check sum gives it, as ISO 3779 tabulates it; kept apart from the code. */
const CHARACTERS_BY_VALUE = ['0', '1AJ', '2BKS', '3CLT', '4DMU', '5ENV', '6FW', '7GPX', '8HY', '9RZ'];

function withCharacterAt(position: number, character: string): string {
  return `${'0'.repeat(position - 1)}${character}${'0'.repeat(17 - position)}`;
}

describe('vinCheckDigit', () => {
  // Sums worked out by hand: Σ value × weight, remainder mod 11, 10 written X.
  it.each([
    { vin: '1M8GDM9AXKP042788', sum: 351, expected: 'X' },
    { vin: '11111111111111111', sum: 89, expected: '1' },
    { vin: 'LFV3A23C0R3000001', sum: 264, expected: '0' },
    { vin: 'LSGPC52U2TF000123', sum: 277, expected: '2' },
    { vin: '00000000000000000', sum: 0, expected: '0' },
  ])('gives $expected for $vin (weighted sum $sum)', ({ vin, expected }) => {
    expect(vinCheckDigit(vin)).toBe(expected);
  });

  it.each([
    { position: 1, expected: '8' },
    { position: 2, expected: '7' },
    { position: 3, expected: '6' },
    { position: 4, expected: '5' },
    { position: 5, expected: '4' },
    { position: 6, expected: '3' },
    { position: 7, expected: '2' },
    { position: 8, expected: 'X' },
    { position: 9, expected: '0' },
    { position: 10, expected: '9' },
    { position: 11, expected: '8' },
    { position: 12, expected: '7' },
    { position: 13, expected: '6' },
    { position: 14, expected: '5' },
    { position: 15, expected: '4' },
    { position: 16, expected: '3' },
    { position: 17, expected: '2' },
  ])('weighs position $position so that a lone 1 there gives $expected', ({ position, expected }) => {
    expect(vinCheckDigit(withCharacterAt(position, '1'))).toBe(expected);
  });

  it.each(
    CHARACTERS_BY_VALUE.flatMap((characters, value) => Array.from(characters, (character) => ({ character, value }))),
  )('counts $character as $value', ({ character, value }) => {
    // Position 1 weighs 8, so a lone character there gives 8 × value mod 11.
    const remainder = (8 * value) % 11;
    expect(vinCheckDigit(withCharacterAt(1, character))).toBe(remainder === 10 ? 'X' : String(remainder));
  });

  it.each(['0', '7', 'X', 'A', '?', 'i'])('ignores whatever position 9 holds, here "%s"', (character) => {
    expect(vinCheckDigit(`1M8GDM9A${character}KP042788`)).toBe('X');
  });

  it.each([
    { why: 'has 16 characters', vin: '1M8GDM9AXKP04278' },
    { why: 'has 18 characters', vin: '1M8GDM9AXKP0427880' },
    { why: 'holds an I', vin: '1M8GDM9AXKP04278I' },
    { why: 'holds an O', vin: 'OM8GDM9AXKP042788' },
    { why: 'holds a Q', vin: '1M8GDMQAXKP042788' },
    { why: 'holds a lower-case letter', vin: '1m8GDM9AXKP042788' },
  ])('refuses a VIN that $why as a bug in the caller', ({ vin }) => {
    expect(() => vinCheckDigit(vin)).toThrow(InvariantError);
  });
});
