import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import type { Services } from '../services.js';

export interface SignedIn {
  readonly token: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

/** Checks a password and opens a session; the token is shown once and stored only as a hash. */
export async function signIn(services: Services, username: string, password: string): Promise<SignedIn> {
  const user = await services.runner.read.users.findByUsername(username);
  // One answer for an unknown user and a wrong password: the response must not tell which usernames exist.
  const valid = user !== null && !user.disabled && (await services.verifyPassword(password, user.passwordHash));
  if (!user || !valid) throw new ApplicationError('invalid_credentials', 'The username or password is wrong.');
  const now = services.clock.now();
  const token = services.ids.secret();
  const expiresAt = new Date(now.getTime() + services.policies.sessionHours * 3_600_000).toISOString();
  await services.runner.run((unit) =>
    unit.sessions.insert({
      tokenHash: services.hasher.secret(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt,
      revokedAt: null,
    }),
  );
  return {
    token,
    expiresAt,
    actor: { userId: user.id, username: user.username, role: user.role, dealerCode: user.dealerCode },
  };
}

/** The actor behind a bearer token, or null when the token is unknown, expired or revoked. */
export async function authenticate(services: Services, token: string): Promise<Actor | null> {
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

export async function signOut(services: Services, token: string): Promise<void> {
  const tokenHash = services.hasher.secret(token);
  services.actorCache?.forget(tokenHash);
  await services.runner.run((unit) => unit.sessions.revoke(tokenHash, services.clock.now().toISOString()));
  // Forgotten again: a request that read the session while the revocation was being committed may have cached it.
  services.actorCache?.forget(tokenHash);
}
