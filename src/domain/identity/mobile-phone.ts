import { violation, type Violation } from '../shared/violation.js';

/** Mainland mobile numbers: 1, a network digit 3–9, then nine digits. */
const MOBILE_PHONE_PATTERN = /^1[3-9]\d{9}$/;
/** Digits with at most one space or hyphen between two of them, after an optional `+`. */
const TYPED_PHONE_PATTERN = /^\+?\d(?:[ -]?\d)*$/;
const COUNTRY_CODE = '86';
/** Longer than any way of typing a mobile number; a bound keeps pasted text out of the pattern. */
const MAXIMUM_TYPED_LENGTH = 32;

/**
 * The 11-digit form of a mainland mobile number typed the way people type it (`+86 138-1234-5678`,
 * `8613812345678`, `138 1234 5678`), or null when it is not one.
 */
export function normalizeMobilePhone(raw: string): string | null {
  const typed = raw.trim();
  if (typed.length > MAXIMUM_TYPED_LENGTH || !TYPED_PHONE_PATTERN.test(typed)) return null;
  const digits = typed.replace(/[ +-]/g, '');
  const hasCountryCode = digits.length === 13 && digits.startsWith(COUNTRY_CODE);
  // A leading + announces an international number, so it must be followed by China's country code.
  if (typed.startsWith('+') && !hasCountryCode) return null;
  const national = hasCountryCode ? digits.slice(COUNTRY_CODE.length) : digits;
  return MOBILE_PHONE_PATTERN.test(national) ? national : null;
}

/** A `phone_invalid` violation unless `raw` is a mainland mobile number. */
export function validateMobilePhone(raw: string, path: string): readonly Violation[] {
  if (normalizeMobilePhone(raw) !== null) return [];
  return [violation('phone_invalid', 'A mobile number is 11 digits starting 13 to 19, optionally after +86.', path)];
}

/**
 * `138****5678`: the network prefix and the last four digits, enough for the customer to recognise the number.
 * Anything that is not a mobile number is masked whole, since there is no telling which part of it is private.
 */
export function maskPhone(phone: string): string {
  const national = normalizeMobilePhone(phone);
  if (national === null) return '*'.repeat(Array.from(phone).length);
  return `${national.slice(0, 3)}****${national.slice(-4)}`;
}
