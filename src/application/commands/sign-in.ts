import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import type { TransactionRunner } from '../ports/repositories.js';
import type { Clock, Hasher, IdGenerator } from '../ports/services.js';

export interface SignInDeps {
  readonly runner: TransactionRunner;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly hasher: Hasher;
  readonly verifyPassword: (password: string, stored: string) => Promise<boolean>;
  readonly sessionHours: number;
}

export interface SignedIn {
  readonly token: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

/** Checks a password and opens a session; the token is shown once and stored only as a hash. */
export async function signIn(deps: SignInDeps, username: string, password: string): Promise<SignedIn> {
  const user = await deps.runner.read.users.findByUsername(username);
  // One answer for an unknown user and a wrong password: the response must not tell which usernames exist.
  const valid = user !== null && !user.disabled && (await deps.verifyPassword(password, user.passwordHash));
  if (!user || !valid) throw new ApplicationError('invalid_credentials', 'The username or password is wrong.');
  const now = deps.clock.now();
  const token = deps.ids.secret();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000).toISOString();
  await deps.runner.run((unit) =>
    unit.sessions.insert({
      tokenHash: deps.hasher.secret(token),
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
export async function authenticate(
  deps: Pick<SignInDeps, 'runner' | 'clock' | 'hasher'>,
  token: string,
): Promise<Actor | null> {
  const session = await deps.runner.read.sessions.find(deps.hasher.secret(token));
  if (!session || session.revokedAt !== null || session.expiresAt <= deps.clock.now().toISOString()) return null;
  const user = await deps.runner.read.users.findById(session.userId);
  if (!user || user.disabled) return null;
  return { userId: user.id, username: user.username, role: user.role, dealerCode: user.dealerCode };
}

export async function signOut(deps: Pick<SignInDeps, 'runner' | 'clock' | 'hasher'>, token: string): Promise<void> {
  await deps.runner.run((unit) => unit.sessions.revoke(deps.hasher.secret(token), deps.clock.now().toISOString()));
}
