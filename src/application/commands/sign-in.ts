import { DEFAULT_LOGIN_LOCK, lockedUntil, lockMemoryMs } from '../../domain/account/login-lock.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import { recordAudit, UNKNOWN_ORIGIN, type RequestOrigin } from '../audit.js';
import type { UserAccount } from '../ports/repositories.js';
import type { Services } from '../services.js';
import { authenticateIntegration, isIntegrationToken } from './integration-tokens.js';

export interface SignedIn {
  readonly token: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

/** Refused because the username is locked after repeated failures; the same answer for unknown usernames. */
export class LoginLockedError extends ApplicationError {
  constructor(readonly retryAfterSeconds: number) {
    super('login_locked', 'Too many failed sign-ins for this username: try again later.');
  }
}

/**
 * A scrypt hash of a random password nobody knows. An unknown username is checked against it, so that the answer
 * takes as long as for a known one and the timing does not tell which usernames exist.
 */
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$aS3vuX3AxbR_9Tf4ouCRPQ$xsWrewZQGXbYnIyhEMr3lVY1kIrAOjKoZMogZWqKjYo';

/** Failures are counted per username as typed (case and spacing aside), whether or not it exists. */
export function loginKeyOf(services: Services, username: string): string {
  return services.hasher.secret(`login:${username.trim().toLowerCase()}`);
}

/**
 * Counts an attempt before its password is checked, so that parallel guesses cannot slip past the lock; a
 * success forgets it. Throws `LoginLockedError` while the username is locked (and then counts nothing).
 */
export async function claimLoginAttempt(services: Services, username: string, origin: RequestOrigin): Promise<void> {
  const now = services.clock.now();
  const at = now.toISOString();
  const key = loginKeyOf(services, username);
  const forgetBefore = new Date(now.getTime() - lockMemoryMs(DEFAULT_LOGIN_LOCK)).toISOString();
  const until = await services.runner.run(async (unit) => {
    await unit.loginFailures.purgeBefore(forgetBefore);
    const failures = await unit.loginFailures.since(key, forgetBefore);
    const locked = lockedUntil(failures.map(Date.parse), now.getTime(), DEFAULT_LOGIN_LOCK);
    if (locked !== null) {
      await recordAudit(unit, services.ids, at, {
        actor: null,
        action: 'login_locked',
        target: `user:${username}`,
        origin,
      });
      return locked;
    }
    await unit.loginFailures.insert(services.ids.id(), key, at);
    return null;
  });
  if (until !== null) throw new LoginLockedError(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
}

/** True only for an enabled account whose password matches; as slow for unknown usernames as for known ones. */
export async function passwordMatches(
  services: Services,
  user: UserAccount | null,
  password: string,
): Promise<boolean> {
  const matches = await services.verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  return user !== null && !user.disabled && matches;
}

/** Checks a password and opens a session; the token is shown once and stored only as a hash. */
export async function signIn(
  services: Services,
  username: string,
  password: string,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
): Promise<SignedIn> {
  await claimLoginAttempt(services, username, origin);
  const user = await services.runner.read.users.findByUsername(username);
  const valid = await passwordMatches(services, user, password);
  const now = services.clock.now();
  const at = now.toISOString();
  if (!user || !valid) {
    await services.runner.run((unit) =>
      recordAudit(unit, services.ids, at, { actor: null, action: 'login_failed', target: `user:${username}`, origin }),
    );
    // One answer for an unknown user and a wrong password: the response must not tell which usernames exist.
    throw new ApplicationError('invalid_credentials', 'The username or password is wrong.');
  }
  const token = services.ids.secret();
  const expiresAt = new Date(now.getTime() + services.policies.sessionHours * 3_600_000).toISOString();
  await services.runner.run(async (unit) => {
    await unit.loginFailures.clear(loginKeyOf(services, username));
    await unit.sessions.insert({
      tokenHash: services.hasher.secret(token),
      userId: user.id,
      createdAt: at,
      expiresAt,
      revokedAt: null,
    });
    await recordAudit(unit, services.ids, at, {
      actor: user.username,
      action: 'login_succeeded',
      target: `user:${user.username}`,
      origin,
    });
  });
  return {
    token,
    expiresAt,
    actor: { userId: user.id, username: user.username, role: user.role, dealerCode: user.dealerCode },
  };
}

/** The actor behind a bearer token (a session or an integration token), or null when it is unknown, expired or revoked. */
export async function authenticate(services: Services, token: string): Promise<Actor | null> {
  if (isIntegrationToken(token)) return authenticateIntegration(services, token);
  const tokenHash = services.hasher.secret(token);
  const now = services.clock.now().toISOString();
  const cached = services.actorCache?.get(tokenHash, now);
  if (cached !== undefined) return cached;
  const session = await services.runner.read.sessions.find(tokenHash);
  if (!session || session.revokedAt !== null || session.expiresAt <= now) return null;
  const user = await services.runner.read.users.findById(session.userId);
  if (!user || user.disabled) return null;
  const actor = { userId: user.id, username: user.username, role: user.role, dealerCode: user.dealerCode };
  services.actorCache?.remember(tokenHash, actor, session.expiresAt);
  return actor;
}

export async function signOut(
  services: Services,
  token: string,
  actor: Actor | null = null,
  origin: RequestOrigin = UNKNOWN_ORIGIN,
): Promise<void> {
  const at = services.clock.now().toISOString();
  const tokenHash = services.hasher.secret(token);
  services.actorCache?.forget(tokenHash);
  await services.runner.run(async (unit) => {
    await unit.sessions.revoke(tokenHash, at);
    if (actor !== null) {
      await recordAudit(unit, services.ids, at, { actor, action: 'logout', target: `user:${actor.username}`, origin });
    }
  });
  // Forgotten again: a request that read the session while the revocation was being committed may have cached it.
  services.actorCache?.forget(tokenHash);
}
