import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import {
  DEFAULT_RETRY_POLICY,
  classifyGatewayResponse,
  isFinalAttempt,
  nextAttemptDelayMs,
  retryDelayUpperBoundMs,
  type GatewayResponse,
  type RetryPolicy,
} from './retry-policy.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('retry-policy.test.ts');

const JUST_BELOW_ONE = 1 - Number.EPSILON;

describe('nextAttemptDelayMs with the default equal jitter', () => {
  it.each([
    { attempt: 1, random: 0, delayMs: 1_000 },
    { attempt: 1, random: 0.5, delayMs: 1_500 },
    { attempt: 1, random: JUST_BELOW_ONE, delayMs: 1_999 },
    { attempt: 2, random: 0, delayMs: 2_000 },
    { attempt: 3, random: 0.5, delayMs: 6_000 },
    { attempt: 9, random: 0, delayMs: 256_000 },
    { attempt: 10, random: 0, delayMs: 450_000 },
    { attempt: 11, random: 0, delayMs: 450_000 },
    { attempt: 11, random: JUST_BELOW_ONE, delayMs: 899_999 },
    { attempt: 1_000, random: 0.5, delayMs: 675_000 },
  ])('waits $delayMs ms after attempt $attempt when the random number is $random', ({ attempt, random, delayMs }) => {
    expect(nextAttemptDelayMs(attempt, random)).toBe(delayMs);
  });

  it('waits at least half the step, so a retry never fires straight away', () => {
    expect(nextAttemptDelayMs(4, 0)).toBe(retryDelayUpperBoundMs(4) / 2);
  });
});

describe('nextAttemptDelayMs with other jitters', () => {
  it.each([
    { jitter: 1, random: 0, delayMs: 0 },
    { jitter: 1, random: 0.25, delayMs: 2_000 },
    { jitter: 0, random: 0.9, delayMs: 8_000 },
  ])('waits $delayMs ms after attempt 3 with jitter $jitter and random $random', ({ jitter, random, delayMs }) => {
    expect(nextAttemptDelayMs(3, random, { ...DEFAULT_RETRY_POLICY, jitter })).toBe(delayMs);
  });
});

describe('nextAttemptDelayMs refuses what only a bug would pass', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws for attempt %s', (attempt) => {
    expect(() => nextAttemptDelayMs(attempt, 0.5)).toThrow(InvariantError);
  });

  it.each([-0.1, 1, 2, Number.NaN])('throws for the random number %s, outside [0, 1)', (random) => {
    expect(() => nextAttemptDelayMs(1, random)).toThrow(InvariantError);
  });

  it.each([
    { baseMs: -1, maxMs: 1_000, jitter: 0.5 },
    { baseMs: 1_000, maxMs: Number.NaN, jitter: 0.5 },
    { baseMs: 1_000, maxMs: 10_000, jitter: 1.5 },
    { baseMs: 1_000, maxMs: 10_000, jitter: -0.5 },
  ])('throws for the policy %o', (policy) => {
    expect(() => nextAttemptDelayMs(1, 0.5, policy)).toThrow(InvariantError);
  });
});

describe('retry delays, for any policy, attempt and random number', () => {
  const anyPolicy: fc.Arbitrary<RetryPolicy> = fc.record({
    baseMs: fc.integer({ min: 0, max: 60_000 }),
    maxMs: fc.integer({ min: 0, max: 24 * 60 * 60_000 }),
    jitter: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const anyAttempt = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 10_000 }));
  const anyRandom = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

  it('never exceeds maxMs and is never negative, a whole number of milliseconds', () => {
    fc.assert(
      fc.property(anyAttempt, anyRandom, anyPolicy, (attempt, random, policy) => {
        const delayMs = nextAttemptDelayMs(attempt, random, policy);
        expect(delayMs).toBeGreaterThanOrEqual(0);
        expect(delayMs).toBeLessThanOrEqual(policy.maxMs);
        expect(delayMs).toBeLessThanOrEqual(retryDelayUpperBoundMs(attempt, policy));
        expect(Number.isSafeInteger(delayMs)).toBe(true);
      }),
      { seed },
    );
  });

  it('has an upper bound that never shrinks as attempts fail', () => {
    fc.assert(
      fc.property(anyAttempt, anyPolicy, (attempt, policy) => {
        expect(retryDelayUpperBoundMs(attempt + 1, policy)).toBeGreaterThanOrEqual(
          retryDelayUpperBoundMs(attempt, policy),
        );
      }),
      { seed },
    );
  });

  it('waits at least the fixed share of the upper bound', () => {
    fc.assert(
      fc.property(anyAttempt, anyRandom, anyPolicy, (attempt, random, policy) => {
        const fixedMs = Math.floor(retryDelayUpperBoundMs(attempt, policy) * (1 - policy.jitter));
        expect(nextAttemptDelayMs(attempt, random, policy)).toBeGreaterThanOrEqual(fixedMs);
      }),
      { seed },
    );
  });
});

describe('isFinalAttempt', () => {
  it.each([
    { attempts: 1, maxAttempts: 8, final: false },
    { attempts: 7, maxAttempts: 8, final: false },
    { attempts: 8, maxAttempts: 8, final: true },
    { attempts: 9, maxAttempts: 8, final: true },
    { attempts: 1, maxAttempts: 1, final: true },
  ])('says $final after $attempts of $maxAttempts attempts', ({ attempts, maxAttempts, final }) => {
    expect(isFinalAttempt(attempts, maxAttempts)).toBe(final);
  });

  it('gives a message eight attempts by default', () => {
    expect(isFinalAttempt(7)).toBe(false);
    expect(isFinalAttempt(8)).toBe(true);
  });

  it.each([0, -1, 2.5])('throws for the attempt limit %s', (maxAttempts) => {
    expect(() => isFinalAttempt(1, maxAttempts)).toThrow(InvariantError);
  });
});

describe('classifyGatewayResponse', () => {
  it.each<{ response: GatewayResponse; outcome: string }>([
    { response: 200, outcome: 'sent' },
    { response: 201, outcome: 'sent' },
    { response: 202, outcome: 'sent' },
    { response: 204, outcome: 'sent' },
    { response: 400, outcome: 'failed' },
    { response: 401, outcome: 'failed' },
    { response: 403, outcome: 'failed' },
    { response: 404, outcome: 'failed' },
    { response: 422, outcome: 'failed' },
    { response: 499, outcome: 'failed' },
    { response: 408, outcome: 'retry' },
    { response: 429, outcome: 'retry' },
    { response: 500, outcome: 'retry' },
    { response: 502, outcome: 'retry' },
    { response: 503, outcome: 'retry' },
    { response: 504, outcome: 'retry' },
    { response: 'timeout', outcome: 'retry' },
    { response: 'network_error', outcome: 'retry' },
    { response: 100, outcome: 'retry' },
    { response: 302, outcome: 'retry' },
    { response: 0, outcome: 'retry' },
  ])('treats $response as $outcome', ({ response, outcome }) => {
    expect(classifyGatewayResponse(response)).toBe(outcome);
  });
});
