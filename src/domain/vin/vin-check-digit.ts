import { assert } from '../shared/assert.js';
import { isVinCharacter, VIN_LENGTH } from './vin-alphabet.js';

/** Index of the check digit (position 9). */
export const CHECK_DIGIT_INDEX = 8;

/**
 * The number each letter stands for in the check sum. Letters run 1–9 in rows A–I, J–R and S–Z with the second row
 * shifted because I, O and Q are absent; that is why several letters share a value (A, J → 1; B, K, S → 2; …).
 */
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** Weight of each position; position 9 weighs 0 because it holds the result. */
const POSITION_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const MODULUS = 11;

function transliterate(character: string): number {
  if (/^\d$/.test(character)) return Number(character);
  const value = LETTER_VALUES[character];
  assert(value !== undefined, `"${character}" has no VIN transliteration value`);
  return value;
}

/**
 * The check digit (`0`–`9` or `X` for 10) of a 17-character VIN, whatever character its position 9 holds now, so
 * it serves both to fill position 9 and to check it.
 */
export function vinCheckDigit(vin: string): string {
  assert(vin.length === VIN_LENGTH, `a VIN has ${VIN_LENGTH} characters, got "${vin}"`);
  const sum = POSITION_WEIGHTS.reduce<number>((total, weight, index) => {
    if (index === CHECK_DIGIT_INDEX) return total;
    const character = vin.charAt(index);
    assert(isVinCharacter(character), `"${character}" at position ${index + 1} is not a VIN character`);
    return total + weight * transliterate(character);
  }, 0);
  const remainder = sum % MODULUS;
  return remainder === 10 ? 'X' : String(remainder);
}
