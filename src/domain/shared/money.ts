import { assert } from './assert.js';

/** Money is always a whole number of cents (fen for CNY); never a float. */
export type Cents = number;

export function assertCents(value: number, what: string): Cents {
  assert(
    Number.isSafeInteger(value) && value >= 0,
    `${what} must be a non-negative whole number of cents, got ${value}`,
  );
  return value;
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) total += value;
  assert(Number.isSafeInteger(total), 'a sum of cents overflowed');
  return total;
}

/** 12345678 → "¥123,456.78" */
export function formatYuan(cents: Cents): string {
  const yuan = Math.floor(cents / 100);
  const fen = String(cents % 100).padStart(2, '0');
  return `¥${yuan.toLocaleString('en-US')}.${fen}`;
}
