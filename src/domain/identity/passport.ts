import { violation, type Violation } from '../shared/violation.js';

/**
 * Passports differ by issuing country, so only the shape every machine-readable passport number shares is checked:
 * 5 to 17 ASCII letters and digits, no spaces or punctuation.
 */
const PASSPORT_NUMBER_PATTERN = /^[A-Za-z0-9]{5,17}$/;

/** A `passport_number_invalid` violation unless `raw` is 5–17 ASCII letters and digits. */
export function validatePassportNumber(raw: string, path: string): readonly Violation[] {
  if (PASSPORT_NUMBER_PATTERN.test(raw)) return [];
  return [violation('passport_number_invalid', 'A passport number is 5 to 17 letters and digits.', path)];
}
