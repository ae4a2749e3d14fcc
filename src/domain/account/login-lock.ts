/** When repeated wrong passwords lock a username: so many failures within a window lock it for a while. */
export interface LoginLockPolicy {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

/** Five wrong passwords within 15 minutes lock the username for 15 minutes. */
export const DEFAULT_LOGIN_LOCK: LoginLockPolicy = Object.freeze({
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
});

/** How far back the failures that can still matter reach: a window, then a lock. */
export function lockMemoryMs(policy: LoginLockPolicy): number {
  return policy.windowMs + policy.lockMs;
}

/**
 * The instant until which a username is locked, or null when it is not. A lock starts at the failure that made
 * `maxFailures` within one window and lasts `lockMs`. `failuresMs` are the instants of failed attempts, any order.
 */
export function lockedUntil(failuresMs: readonly number[], nowMs: number, policy: LoginLockPolicy): number | null {
  const sorted = [...failuresMs].sort((a, b) => a - b);
  let until: number | null = null;
  for (let last = policy.maxFailures - 1; last < sorted.length; last++) {
    const first = sorted[last - policy.maxFailures + 1] as number;
    const closing = sorted[last] as number;
    if (closing - first <= policy.windowMs && closing + policy.lockMs > nowMs) {
      until = Math.max(until ?? 0, closing + policy.lockMs);
    }
  }
  return until;
}
