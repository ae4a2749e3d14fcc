import type { CheckOutcome } from './verification-types.js';
import type { VerificationFacts } from './verification-facts.js';

/** How many alternatives a rejection suggests at most. */
export const MAX_QUOTA_SUGGESTIONS = 6;

/** The order's bucket has room (or the order already holds its unit); otherwise suggests buckets that have room. */
export function checkQuota(facts: VerificationFacts): readonly CheckOutcome[] {
  const { bucket } = facts;
  if (bucket !== null && (facts.holdsQuota || bucket.used < bucket.cap)) {
    return [
      {
        check: 'quota',
        result: 'pass',
        code: 'ok',
        message: `Quota ${bucket.region} ${bucket.month} ${bucket.model} has room (${bucket.used} of ${bucket.cap} used).`,
        path: null,
      },
    ];
  }
  const suggestions = facts.alternatives
    .filter((alternative) => alternative.bucket.used < alternative.bucket.cap)
    .toSorted((a, b) => a.delayDays - b.delayDays)
    .slice(0, MAX_QUOTA_SUGGESTIONS)
    .map((alternative) => ({
      region: alternative.bucket.region,
      month: alternative.bucket.month,
      model: alternative.bucket.model,
      available: alternative.bucket.cap - alternative.bucket.used,
      delayDays: alternative.delayDays,
    }));
  const where = bucket ? `${bucket.region} ${bucket.month}` : 'this region and month';
  return [
    {
      check: 'quota',
      result: 'fail',
      code: bucket === null ? 'quota_not_allocated' : 'quota_exhausted',
      message:
        bucket === null
          ? `No quota is allocated for the ${facts.vehicle.model} in ${where}.`
          : `The ${facts.vehicle.model} quota for ${where} is used up (${bucket.used} of ${bucket.cap}).`,
      path: 'vehicle.model',
      details: { suggestions },
    },
  ];
}
