/** The length of every VIN (ISO 3779). */
export const VIN_LENGTH = 17;

/** Digits and capital letters except I, O and Q, which are too easily read as 1 and 0. */
export const VIN_ALPHABET = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

/** Whether a single character may appear in a VIN. */
export function isVinCharacter(character: string): boolean {
  return character.length === 1 && VIN_ALPHABET.includes(character);
}
