/** A limit on requests from one client address: at most `max` within any `windowMs`. */
export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * The named request limits a route may take (`rateLimit: 'login'`). Sign-in is limited per address on top of the
 * per-username lock; the tracking pages, open to anyone with a link, are limited so that nobody can crawl tokens.
 */
export const RATE_LIMITS = Object.freeze({
  login: { max: 20, windowMs: 60_000 },
  tracking: { max: 120, windowMs: 60_000 },
}) satisfies Readonly<Record<string, RateLimit>>;

export type RateLimitName = keyof typeof RATE_LIMITS;
