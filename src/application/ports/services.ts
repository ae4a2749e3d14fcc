/** The time, read in one place so that use cases and tests can fix it. */
export interface Clock {
  now(): Date;
}

/** Fresh identifiers and secrets. */
export interface IdGenerator {
  /** A unique, time-ordered identifier for rows (orders, messages). */
  id(): string;
  /** An unguessable secret of at least 128 random bits, URL-safe. */
  secret(): string;
}

/** One-way keyed hashing and sealing of personal data. */
export interface Hasher {
  /** Keyed hash of an identity number: equal numbers give equal hashes, the number cannot be read back. */
  identity(idNumber: string): string;
  /** Hash of a bearer secret (session or tracking token) for storage. */
  secret(value: string): string;
}
