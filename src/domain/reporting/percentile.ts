import { assert } from '../shared/assert.js';

/**
 * The nearest-rank percentile: the smallest value with at least `percent` per cent of the values at or below it,
 * so always one of the values, never an interpolation. Null for no values. `percent` is a whole number from 1 to
 * 100, which keeps the rank exact (no floating-point error at the boundary).
 */
export function nearestRankPercentile(values: readonly number[], percent: number): number | null {
  assert(
    Number.isInteger(percent) && percent >= 1 && percent <= 100,
    `a percentile is a whole number from 1 to 100, got ${percent}`,
  );
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((percent * sorted.length) / 100);
  const value = sorted[rank - 1];
  assert(value !== undefined, `rank ${rank} of ${sorted.length} values is out of range`);
  return value;
}
