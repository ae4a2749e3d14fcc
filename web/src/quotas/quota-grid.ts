import type { QuotaBucket } from '../api/api-types.js';

/** One month of the quota board: regions down, models across, each cell a bucket (or none). */
export interface QuotaGrid {
  readonly month: string;
  readonly regions: readonly string[];
  readonly models: readonly string[];
  readonly cells: ReadonlyMap<string, QuotaBucket>;
}

export function cellKey(region: string, model: string): string {
  return `${region}\u0000${model}`;
}

/** The months the buckets cover, earliest first. */
export function quotaMonths(buckets: readonly QuotaBucket[]): string[] {
  return [...new Set(buckets.map((bucket) => bucket.month))].sort();
}

/**
 * The grid of one month. Regions and models come from every month, so a bucket missing in this month shows as an
 * empty cell instead of a missing row.
 */
export function quotaGrid(
  buckets: readonly QuotaBucket[],
  month: string,
  modelOrder: readonly string[] = [],
): QuotaGrid {
  const rank = (model: string) => (modelOrder.includes(model) ? modelOrder.indexOf(model) : modelOrder.length);
  const regions = [...new Set(buckets.map((bucket) => bucket.region))].sort();
  const models = [...new Set(buckets.map((bucket) => bucket.model))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const cells = new Map<string, QuotaBucket>();
  for (const bucket of buckets) if (bucket.month === month) cells.set(cellKey(bucket.region, bucket.model), bucket);
  return { month, regions, models, cells };
}

/** How full a bucket is, 0 to 1; an empty cap is full. */
export function usedShare(bucket: QuotaBucket): number {
  return bucket.cap === 0 ? 1 : Math.min(1, bucket.used / bucket.cap);
}

/** The buckets with `bucket` replaced by its new version (after a cap change or a transfer). */
export function withBucket(buckets: readonly QuotaBucket[], changed: QuotaBucket): QuotaBucket[] {
  const key = (bucket: QuotaBucket) => `${bucket.region}|${bucket.month}|${bucket.model}`;
  const found = buckets.some((bucket) => key(bucket) === key(changed));
  return found ? buckets.map((bucket) => (key(bucket) === key(changed) ? changed : bucket)) : [...buckets, changed];
}
