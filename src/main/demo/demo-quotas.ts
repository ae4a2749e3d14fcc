import { addMonths, isMonth } from '../../domain/shared/clock.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import { assert } from '../../domain/shared/assert.js';

/** Months of quota the demo loads: the current one and the next two. */
export const DEMO_QUOTA_MONTHS = 3;

/** Monthly caps by model, then region: the east sells most, the west least; the SUV sells fewer than the sedans. */
const MONTHLY_CAPS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  E7: { EAST: 1200, NORTH: 800, SOUTH: 1000, WEST: 500 },
  X9: { EAST: 600, NORTH: 500, SOUTH: 400, WEST: 300 },
  C3: { EAST: 1500, NORTH: 1000, SOUTH: 1200, WEST: 800 },
};

/** The bucket kept tiny in the current month, so that the third verified order shows a quota rejection. */
export const DEMO_SMALL_BUCKET = { region: 'NORTH', model: 'C3', cap: 2 } as const;

/** Every region × model bucket for `currentMonth` (`YYYY-MM`) and the two months after it, none used. */
export function demoQuotas(currentMonth: string): QuotaBucket[] {
  assert(isMonth(currentMonth), `a quota month is YYYY-MM, got ${currentMonth}`);
  const buckets: QuotaBucket[] = [];
  for (let offset = 0; offset < DEMO_QUOTA_MONTHS; offset += 1) {
    const month = addMonths(currentMonth, offset);
    for (const [model, capsByRegion] of Object.entries(MONTHLY_CAPS)) {
      for (const [region, monthlyCap] of Object.entries(capsByRegion)) {
        const small = offset === 0 && region === DEMO_SMALL_BUCKET.region && model === DEMO_SMALL_BUCKET.model;
        buckets.push({ region, month, model, cap: small ? DEMO_SMALL_BUCKET.cap : monthlyCap, used: 0 });
      }
    }
  }
  return buckets;
}
