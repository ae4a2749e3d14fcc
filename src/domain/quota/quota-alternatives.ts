import type { QuotaKey } from '../order/order-types.js';
import type { QuotaAlternative } from '../verification/verification-facts.js';
import type { QuotaBucket } from './quota-types.js';

const DAY_MS = 86_400_000;

/** Days from the first day of one month to the first day of another (`2026-12` → `2027-02` is 62). */
export function daysBetweenMonths(from: string, to: string): number {
  return Math.round((Date.parse(`${to}-01T00:00:00Z`) - Date.parse(`${from}-01T00:00:00Z`)) / DAY_MS);
}

/**
 * The buckets an order could move to: the same model in the same region in a later month, or in another region in
 * the same or a later month. The delay is how much later the order's month starts; an earlier month is no option.
 */
export function quotaAlternatives(key: QuotaKey, buckets: readonly QuotaBucket[]): QuotaAlternative[] {
  return buckets
    .filter((bucket) => bucket.model === key.model && bucket.month >= key.month)
    .filter((bucket) => !(bucket.region === key.region && bucket.month === key.month))
    .map((bucket) => ({ bucket, delayDays: daysBetweenMonths(key.month, bucket.month) }));
}
