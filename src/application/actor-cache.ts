import type { Actor } from './actor.js';

/** Sessions remembered at most, so that a flood of distinct tokens cannot grow the cache without end. */
const MAX_CACHED_SESSIONS = 10_000;

interface CachedSession {
  readonly actor: Actor;
  /** The session's own expiry (ISO instant): a cached session still ends on time. */
  readonly expiresAt: string;
  readonly cachedAtMs: number;
}

/**
 * Who is behind a session token, remembered for a short while: every API request is authenticated, and reading
 * the session and its user costs two queries. Signing out here forgets the session at once; a session revoked or a
 * user disabled by another process stops working within `ttlMs`.
 */
export class ActorCache {
  private readonly sessions = new Map<string, CachedSession>();

  /** `monotonicMs` is a clock that never goes back (e.g. `performance.now`), independent of the business clock. */
  constructor(
    private readonly ttlMs: number,
    private readonly monotonicMs: () => number,
  ) {}

  /** The actor of a session still valid at `at`, or undefined when it must be read again. */
  get(tokenHash: string, at: string): Actor | undefined {
    const cached = this.sessions.get(tokenHash);
    if (cached === undefined) return undefined;
    if (this.monotonicMs() - cached.cachedAtMs > this.ttlMs || cached.expiresAt <= at) {
      this.sessions.delete(tokenHash);
      return undefined;
    }
    return cached.actor;
  }

  remember(tokenHash: string, actor: Actor, expiresAt: string): void {
    if (this.sessions.size >= MAX_CACHED_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    this.sessions.set(tokenHash, { actor, expiresAt, cachedAtMs: this.monotonicMs() });
  }

  forget(tokenHash: string): void {
    this.sessions.delete(tokenHash);
  }

  /** Forgets every session: after a change to users or roles. */
  clear(): void {
    this.sessions.clear();
  }
}
