import { assert } from '../shared/assert.js';
import { violation, type Violation } from '../shared/violation.js';
import { isCalendarDate, isIsoDate } from './calendar-date.js';
import { isProvinceCode } from './province-codes.js';

/**
 * The 18-character resident identity number of GB 11643: six digits of issuing region (the first two a province),
 * eight of birth date `YYYYMMDD`, three of sequence, and an ISO 7064 MOD 11-2 check character (a digit or X).
 */

const RESIDENT_ID_LENGTH = 18;
/** 2^(17 − position) mod 11 for positions 1..17, the MOD 11-2 weights written out. */
const CHECKSUM_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for each remainder of the weighted sum modulo 11. */
const CHECK_CHARACTERS = '10X98765432';
const RESIDENT_ID_PATTERN = /^\d{17}[\dX]$/;
/** Second-generation cards carry no earlier births; an earlier year is a typing error. */
const EARLIEST_BIRTH_YEAR = 1900;
/** A buyer signs the purchase contract, so must have full civil capacity. */
const ADULT_AGE_YEARS = 18;

/** The check character (`0`–`9` or `X`) of the first 17 digits of a resident ID. */
export function residentIdCheckCharacter(first17: string): string {
  assert(/^\d{17}$/.test(first17), `a resident ID check character needs 17 digits, got "${first17}"`);
  const sum = CHECKSUM_WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17.charAt(index)), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** The resident ID as stored and compared: people type the check character X in lower case too. */
export function normalizeResidentId(idNumber: string): string {
  return idNumber.endsWith('x') ? `${idNumber.slice(0, -1)}X` : idNumber;
}

/** The `YYYY-MM-DD` birth date in positions 7–14, or null when those are not the digits of a real calendar date. */
export function birthDateOfResidentId(idNumber: string): string | null {
  if (idNumber.length !== RESIDENT_ID_LENGTH) return null;
  const digits = idNumber.slice(6, 14);
  if (!/^\d{8}$/.test(digits)) return null;
  const year = digits.slice(0, 4);
  const month = digits.slice(4, 6);
  const day = digits.slice(6, 8);
  return isCalendarDate(Number(year), Number(month), Number(day)) ? `${year}-${month}-${day}` : null;
}

/**
 * Whole years between two `YYYY-MM-DD` dates. Someone born on 29 February gains a year on 1 March in common years,
 * which is when the day after 28 February has passed.
 */
export function ageOn(birthDate: string, today: string): number {
  assert(isIsoDate(birthDate), `a birth date must be a real YYYY-MM-DD date, got "${birthDate}"`);
  assert(isIsoDate(today), `today must be a real YYYY-MM-DD date, got "${today}"`);
  assert(birthDate <= today, `a birth date (${birthDate}) cannot be after today (${today})`);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const birthdayStillAhead = today.slice(5) < birthDate.slice(5);
  return birthdayStillAhead ? years - 1 : years;
}

/**
 * Every rule a resident ID breaks on `today` (`YYYY-MM-DD`), empty when it is valid. A wrong length or a wrong
 * character makes the other rules meaningless, so each of those is reported alone; the others are all reported.
 * Messages never repeat the birth date or the number: they are stored and shown, and both are personal data.
 */
export function validateResidentId(idNumber: string, today: string, path: string): readonly Violation[] {
  assert(isIsoDate(today), `today must be a real YYYY-MM-DD date, got "${today}"`);
  if (idNumber.length !== RESIDENT_ID_LENGTH) {
    return [
      violation(
        'id_number_length',
        `A resident ID number has ${RESIDENT_ID_LENGTH} characters; this one has ${idNumber.length}.`,
        path,
      ),
    ];
  }
  const id = normalizeResidentId(idNumber);
  if (!RESIDENT_ID_PATTERN.test(id)) {
    return [violation('id_number_format', 'A resident ID number is 17 digits followed by a digit or X.', path)];
  }
  const violations: Violation[] = [];
  if (!isProvinceCode(id.slice(0, 2))) {
    violations.push(violation('id_number_region', `${id.slice(0, 2)} is not the code of a province.`, path));
  }
  if (id.charAt(17) !== residentIdCheckCharacter(id.slice(0, 17))) {
    violations.push(
      violation(
        'id_number_checksum',
        'The check character does not match the other 17 characters; one of them is mistyped.',
        path,
      ),
    );
  }
  violations.push(...birthDateViolations(id, today, path));
  return violations;
}

function birthDateViolations(id: string, today: string, path: string): readonly Violation[] {
  const birthDate = birthDateOfResidentId(id);
  if (birthDate === null || Number(birthDate.slice(0, 4)) < EARLIEST_BIRTH_YEAR || birthDate > today) {
    return [
      violation(
        'id_number_birth_date',
        `Characters 7 to 14 must be a real birth date from ${EARLIEST_BIRTH_YEAR} up to today.`,
        path,
      ),
    ];
  }
  if (ageOn(birthDate, today) < ADULT_AGE_YEARS) {
    return [violation('id_number_minor', `The holder is under ${ADULT_AGE_YEARS} on ${today}.`, path)];
  }
  return [];
}
