/**
 * Seals personal data for storage (authenticated encryption) and opens it again. Only the repositories' row mapping
 * uses it: everything above them sees the clear value, everything below only the sealed one.
 */
export interface PersonalDataCipher {
  /** A new sealed text for every call, even for the same value (random IV). */
  seal(plain: string): string;
  /** Throws when the text was not sealed with this key or was tampered with. */
  open(sealed: string): string;
}
