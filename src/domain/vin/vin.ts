import { assert } from '../shared/assert.js';
import { violation, type Violation } from '../shared/violation.js';
import { modelYearCode } from './model-year.js';
import { isVinCharacter, VIN_LENGTH } from './vin-alphabet.js';
import { CHECK_DIGIT_INDEX, vinCheckDigit } from './vin-check-digit.js';

/** What a VIN is made of (ISO 3779, GB 16735), in the order it is written. */
export interface VinParts {
  /** World manufacturer identifier, positions 1–3 (the brand's). */
  readonly wmi: string;
  /** Vehicle descriptor, positions 4–8 (the model's). */
  readonly descriptor: string;
  /** Model year, written as its code in position 10. */
  readonly year: number;
  /** Plant, position 11. */
  readonly plantCode: string;
  /** Number of the vehicle within its plant and year, positions 12–17. */
  readonly serial: number;
}

const SERIAL_DIGITS = 6;
export const MAXIMUM_VIN_SERIAL = 999_999;

function assertVinSegment(segment: string, length: number, what: string): void {
  assert(
    segment.length === length && Array.from(segment).every(isVinCharacter),
    `a VIN ${what} is ${length} characters of 0-9 and A-Z without I, O, Q, got "${segment}"`,
  );
}

/** The VIN of a vehicle, its check digit computed. Malformed parts are a bug in the caller and throw. */
export function buildVin(parts: VinParts): string {
  const { wmi, descriptor, year, plantCode, serial } = parts;
  assertVinSegment(wmi, 3, 'world manufacturer identifier');
  assertVinSegment(descriptor, 5, 'vehicle descriptor');
  assertVinSegment(plantCode, 1, 'plant code');
  assert(
    Number.isInteger(serial) && serial >= 1 && serial <= MAXIMUM_VIN_SERIAL,
    `a VIN serial is a whole number from 1 to ${MAXIMUM_VIN_SERIAL}, got ${serial}`,
  );
  const tail = `${modelYearCode(year)}${plantCode}${String(serial).padStart(SERIAL_DIGITS, '0')}`;
  // Position 9 is ignored by the check-digit sum, so any placeholder will do there.
  const vin = `${wmi}${descriptor}${vinCheckDigit(`${wmi}${descriptor}0${tail}`)}${tail}`;
  assert(isValidVin(vin), `built an invalid VIN "${vin}"`);
  return vin;
}

/**
 * Every rule a VIN breaks, empty when it is valid. Each rule needs the one before it to hold, so at most one
 * violation comes back. Lower case is refused, not corrected: a VIN is printed and stamped in capitals.
 */
export function validateVin(vin: string, path = 'vin'): readonly Violation[] {
  if (vin.length !== VIN_LENGTH) {
    return [violation('vin_length', `A VIN has ${VIN_LENGTH} characters; this one has ${vin.length}.`, path)];
  }
  const badPositions = Array.from(vin).flatMap((character, index) => (isVinCharacter(character) ? [] : [index + 1]));
  if (badPositions.length > 0) {
    return [
      violation(
        'vin_character',
        `A VIN holds digits and capital letters except I, O and Q; ${describePositions(badPositions)} not.`,
        path,
      ),
    ];
  }
  if (vin.charAt(CHECK_DIGIT_INDEX) !== vinCheckDigit(vin)) {
    return [
      violation('vin_check_digit', 'The check digit in position 9 does not match the other 16 characters.', path),
    ];
  }
  return [];
}

function describePositions(positions: readonly number[]): string {
  return positions.length === 1 ? `position ${positions[0]} is` : `positions ${positions.join(', ')} are`;
}

/** Whether `vin` breaks none of the rules `validateVin` checks. */
export function isValidVin(vin: string): boolean {
  return validateVin(vin).length === 0;
}
