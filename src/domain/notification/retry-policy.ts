import { InvariantError } from '../shared/assert.js';

/**
 * How long to wait before the next try to hand a message to the SMS gateway (or a webhook to a dealer's DMS).
 * `jitter` is the share of the delay that is random: 0.5, the default, is "equal jitter" (half of the exponential
 * step fixed, half random), 1 is "full jitter", 0 none. The fixed half keeps a retry from firing at once; the random
 * half spreads a burst of failures (a gateway outage) so that they do not all come back in the same second.
 */
export interface RetryPolicy {
  /** The delay's upper bound after the first failed attempt; it doubles with each further attempt. */
  readonly baseMs: number;
  /** No delay is longer, however many attempts failed. */
  readonly maxMs: number;
  /** In [0, 1]: the random share of each delay. */
  readonly jitter: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 2_000, maxMs: 15 * 60_000, jitter: 0.5 };

/**
 * After this many attempts a message is given up on and marked failed. With the default policy the seven waits
 * between them add up to two to four minutes: long enough to ride out a gateway restart, short enough that a text
 * about a milestone still arrives while it is news.
 */
export const DEFAULT_MAX_ATTEMPTS = 8;

/** What one attempt's outcome means for the message. */
export type GatewayOutcome = 'sent' | 'retry' | 'failed';

/** What a gateway call ended with: an HTTP status, or no answer at all. */
export type GatewayResponse = number | 'timeout' | 'network_error';

/** Past this many doublings any sane base exceeds any sane cap; stopping here keeps the arithmetic finite. */
const MAX_DOUBLINGS = 52;

function assertPolicy(policy: RetryPolicy): void {
  const { baseMs, maxMs, jitter } = policy;
  if (!(Number.isFinite(baseMs) && baseMs >= 0 && Number.isFinite(maxMs) && maxMs >= 0)) {
    throw new InvariantError(`retry delays must be finite and non-negative, got base ${baseMs} and max ${maxMs}`);
  }
  if (!(jitter >= 0 && jitter <= 1)) throw new InvariantError(`retry jitter must be in [0, 1], got ${jitter}`);
}

function assertAttempt(attempt: number): void {
  if (!(Number.isSafeInteger(attempt) && attempt >= 1)) {
    throw new InvariantError(`attempts made must be a whole number from 1, got ${attempt}`);
  }
}

/** The longest the delay after `attempt` attempts can be: `baseMs · 2^(attempt−1)`, capped at `maxMs`. */
export function retryDelayUpperBoundMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  assertAttempt(attempt);
  assertPolicy(policy);
  const doublings = Math.min(attempt - 1, MAX_DOUBLINGS);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** doublings);
}

/**
 * Milliseconds to wait after `attempt` failed attempts (1 after the first). `random` is a number in [0, 1) from
 * the caller, so the domain stays free of randomness and a test can pin it. Whole milliseconds, never above the
 * upper bound, never negative.
 */
export function nextAttemptDelayMs(
  attempt: number,
  random: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
  if (!(random >= 0 && random < 1)) throw new InvariantError(`random must be in [0, 1), got ${random}`);
  const upperBoundMs = retryDelayUpperBoundMs(attempt, policy);
  const fixedMs = upperBoundMs * (1 - policy.jitter);
  return Math.floor(fixedMs + random * upperBoundMs * policy.jitter);
}

/** Whether the attempts made are all a message gets: after this one fails it is marked failed for good. */
export function isFinalAttempt(attempts: number, maxAttempts: number = DEFAULT_MAX_ATTEMPTS): boolean {
  if (!(Number.isSafeInteger(maxAttempts) && maxAttempts >= 1)) {
    throw new InvariantError(`the attempt limit must be a whole number from 1, got ${maxAttempts}`);
  }
  return attempts >= maxAttempts;
}

/**
 * What a gateway's answer means. 2xx: sent. 408 (request timeout) and 429 (too many requests) say "later", so
 * they are retried like 5xx, timeouts and broken connections; any other 4xx says the request itself is wrong (a bad
 * number, a bad signature) and would fail the same way again. Anything else (1xx, 3xx, nonsense) is retried: the
 * attempt limit bounds the cost, and a lost message costs more than a few wasted calls.
 */
export function classifyGatewayResponse(response: GatewayResponse): GatewayOutcome {
  if (response === 'timeout' || response === 'network_error') return 'retry';
  if (response >= 200 && response <= 299) return 'sent';
  if (response === 408 || response === 429) return 'retry';
  if (response >= 400 && response <= 499) return 'failed';
  return 'retry';
}
