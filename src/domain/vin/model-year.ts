import { assert } from '../shared/assert.js';

/**
 * The 30 model-year codes of VIN position 10, from 1980 on. Besides I, O and Q, U and Z are left out and so is 0, so
 * the year cannot be mistaken for a serial digit; after Y (2000, 2030) come 1–9, then A again.
 */
const MODEL_YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const FIRST_MODEL_YEAR = 1980;
/** Years are written with four digits everywhere else in ordergate. */
const LAST_MODEL_YEAR = 9999;

/** The position-10 code of a model year: 2026 → `T`, 2030 → `Y`, 2031 → `1`. */
export function modelYearCode(year: number): string {
  assert(
    Number.isInteger(year) && year >= FIRST_MODEL_YEAR && year <= LAST_MODEL_YEAR,
    `a model year is a whole year from ${FIRST_MODEL_YEAR} to ${LAST_MODEL_YEAR}, got ${year}`,
  );
  return MODEL_YEAR_CODES.charAt((year - FIRST_MODEL_YEAR) % MODEL_YEAR_CODES.length);
}
