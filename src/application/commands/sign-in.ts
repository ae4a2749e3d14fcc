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
  const session = await services.runner.read.sessions.find(services.hasher.secret(token));
  if (!session || session.revokedAt !== null || session.expiresAt <= services.clock.now().toISOString()) return null;
  const user = await services.runner.read.users.findById(session.userId);
  if (!user || user.disabled) return null;
  return { userId: user.id, username: user.username, role: user.role, dealerCode: user.dealerCode };
}

export async function signOut(services: Services, token: string): Promise<void> {
  await services.runner.run((unit) =>
    unit.sessions.revoke(services.hasher.secret(token), services.clock.now().toISOString()),
  );
}
