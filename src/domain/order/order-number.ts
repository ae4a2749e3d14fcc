import { assert } from '../shared/assert.js';

/** The parts of a human order number such as `SO-2026-000123`. */
export interface OrderNumberParts {
  readonly year: number;
  /** Counts from 1 within the year. */
  readonly serial: number;
}

const SERIAL_DIGITS = 6;
/** Exactly six digits, or more without a leading zero: the only forms `formatOrderNumber` writes. */
const ORDER_NUMBER = /^SO-(\d{4})-(\d{6}|[1-9]\d{6,})$/;

/** `SO-2026-000123`: the serial is zero-padded to six digits and simply grows longer past 999999. */
export function formatOrderNumber(year: number, serial: number): string {
  assert(
    Number.isInteger(year) && year >= 1000 && year <= 9999,
    `an order number's year must have four digits, got ${year}`,
  );
  assert(
    Number.isSafeInteger(serial) && serial >= 1,
    `an order number's serial must be a whole number from 1, got ${serial}`,
  );
  return `SO-${year}-${String(serial).padStart(SERIAL_DIGITS, '0')}`;
}

/**
 * The year and serial of an order number, or `null` when the text is not one. Only the exact form
 * `formatOrderNumber` writes is accepted, so every order has one spelling (`SO-2026-0000123` is not an order number).
 */
export function parseOrderNumber(text: string): OrderNumberParts | null {
  const match = ORDER_NUMBER.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const serial = Number(match[2]);
  if (year < 1000 || serial < 1 || !Number.isSafeInteger(serial)) return null;
  return { year, serial };
}
