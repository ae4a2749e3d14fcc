import { assert } from '../shared/assert.js';
import { violation, type Violation } from '../shared/violation.js';

/**
 * The 18-character unified social credit code every registered organisation in China has (GB 32100-2015):
 * 17 characters and a check character, all from a 31-character set.
 */

const CREDIT_CODE_LENGTH = 18;
/** Digits and capitals without I, O, Z, S and V, which are too easily read as 1, 0, 2, 5 and U. */
const CHARACTER_SET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(position − 1) mod 31 for positions 1..17, written out as the standard lists them. */
const CHECKSUM_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

function isCreditCodeCharacter(character: string): boolean {
  return character.length === 1 && CHARACTER_SET.includes(character);
}

/** The check character of the first 17 characters of a credit code (upper case, from the code's character set). */
export function creditCodeCheckCharacter(first17: string): string {
  assert(
    first17.length === CREDIT_CODE_LENGTH - 1 && Array.from(first17).every(isCreditCodeCharacter),
    `a credit code check character needs 17 characters of ${CHARACTER_SET}, got "${first17}"`,
  );
  const modulus = CHARACTER_SET.length;
  const sum = CHECKSUM_WEIGHTS.reduce(
    (total, weight, index) => total + weight * CHARACTER_SET.indexOf(first17.charAt(index)),
    0,
  );
  // The standard asks for 31 − (sum mod 31) and writes 31 as 0; the outer modulo does exactly that.
  return CHARACTER_SET.charAt((modulus - (sum % modulus)) % modulus);
}

/** The credit code as stored and compared: people type its letters in lower case too. */
export function normalizeCreditCode(raw: string): string {
  return raw.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

/**
 * Every rule a credit code breaks, empty when it is valid. Each rule needs the one before it to hold, so at most one
 * violation comes back.
 */
export function validateCreditCode(raw: string, path: string): readonly Violation[] {
  if (raw.length !== CREDIT_CODE_LENGTH) {
    return [
      violation(
        'credit_code_length',
        `A unified social credit code has ${CREDIT_CODE_LENGTH} characters; this one has ${raw.length}.`,
        path,
      ),
    ];
  }
  const code = normalizeCreditCode(raw);
  if (!Array.from(code).every(isCreditCodeCharacter)) {
    return [
      violation(
        'credit_code_format',
        'A unified social credit code holds only digits and the letters A–Y except I, O, S, V.',
        path,
      ),
    ];
  }
  if (code.charAt(17) !== creditCodeCheckCharacter(code.slice(0, 17))) {
    return [
      violation(
        'credit_code_checksum',
        'The check character does not match the other 17 characters; one of them is mistyped.',
        path,
      ),
    ];
  }
  return [];
}
