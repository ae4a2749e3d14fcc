import type { QuotaKey } from '../order/order-types.js';
import { type BuildDateMemo, reallocationDelayDays } from '../scheduling/delivery-estimate.js';
import type { Bookings } from '../scheduling/plant-capacity.js';
import type { Plant } from '../scheduling/plant-types.js';
import type { QuotaAlternative } from '../verification/verification-facts.js';
import type { QuotaBucket } from './quota-types.js';

const DAY_MS = 86_400_000;

/** Days from the first day of one month to the first day of another (`2026-12` → `2027-02` is 62). */
export function daysBetweenMonths(from: string, to: string): number {
  return Math.round((Date.parse(`${to}-01T00:00:00Z`) - Date.parse(`${from}-01T00:00:00Z`)) / DAY_MS);
}

/** The production schedule of one model as it stands: what the delay of a move between buckets is computed from. */
export interface ScheduleOutlook {
  /** The plant that builds the model. */
  readonly plant: Plant;
  /** Slots already taken, by `${date}|${model}`. */
  readonly booked: Bookings;
  /** Verified orders of the model still waiting for a slot. */
  readonly queueAhead: number;
  /** `YYYY-MM-DD` in the plant's zone: the first build date that may be filled. */
  readonly today: string;
}

/**
 * The delivery delay a move from one bucket to another implies: from the schedule when there is one and it can
 * place the order in both buckets, else how much later the target month starts.
 */
export function reallocationDelay(
  from: QuotaKey,
  to: QuotaKey,
  outlook: ScheduleOutlook | null,
  /** Shared by the moves of one order under one outlook, so each month's schedule is walked once. */
  memo?: BuildDateMemo,
): number {
  if (outlook !== null) {
    const days = reallocationDelayDays(
      {
        plant: outlook.plant,
        model: from.model,
        region: from.region,
        targetRegion: to.region,
        currentMonth: from.month,
        targetMonth: to.month,
        booked: outlook.booked,
        queueAhead: outlook.queueAhead,
        today: outlook.today,
      },
      memo,
    );
    if (days !== null) return days;
  }
  return daysBetweenMonths(from.month, to.month);
}

/**
 * The buckets an order could move to: the same model in the same region in a later month, or in another region in
 * the same or a later month; an earlier month is no option. Each carries the delay the move implies.
 */
export function quotaAlternatives(
  key: QuotaKey,
  buckets: readonly QuotaBucket[],
  outlook: ScheduleOutlook | null = null,
): QuotaAlternative[] {
  const memo: BuildDateMemo = new Map();
  return buckets
    .filter((bucket) => bucket.model === key.model && bucket.month >= key.month)
    .filter((bucket) => !(bucket.region === key.region && bucket.month === key.month))
    .map((bucket) => ({ bucket, delayDays: reallocationDelay(key, bucket, outlook, memo) }));
}
