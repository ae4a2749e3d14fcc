import { passwordViolations } from '../../domain/account/password-policy.js';
import { violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import { recordAudit, type RequestOrigin } from '../audit.js';
import type { Services } from '../services.js';
import { claimLoginAttempt, loginKeyOf, passwordMatches } from './sign-in.js';

/**
 * A user changes their own password. The current one must be given (wrong guesses count towards the sign-in
 * lock); every other session of the user ends, the one making the change stays open.
 */
export async function changePassword(
  services: Services,
  actor: Actor,
  currentSessionHash: string | null,
  currentPassword: string,
  newPassword: string,
  origin: RequestOrigin,
): Promise<{ readonly sessionsEnded: number }> {
  const user = actor.scope === undefined ? await services.runner.read.users.findById(actor.userId) : null;
  if (!user) throw notFound('Your account');
  const weak = passwordViolations(user.username, newPassword);
  if (newPassword === currentPassword) {
    weak.push(violation('password_unchanged', 'The new password must differ from the current one.', 'newPassword'));
  }
  if (weak.length > 0) throw new ApplicationError('password_too_weak', 'Choose a stronger password.', weak);
  await claimLoginAttempt(services, user.username, origin);
  const at = services.clock.now().toISOString();
  if (!(await passwordMatches(services, user, currentPassword))) {
    await services.runner.run((unit) =>
      recordAudit(unit, services.ids, at, {
        actor,
        action: 'password_change_failed',
        target: `user:${user.username}`,
        origin,
      }),
    );
    throw new ApplicationError('current_password_wrong', 'The current password is wrong.', [
      violation('current_password_wrong', 'The current password is wrong.', 'currentPassword'),
    ]);
  }
  const passwordHash = await services.hashPassword(newPassword);
  const result = await services.runner.run(async (unit) => {
    await unit.loginFailures.clear(loginKeyOf(services, user.username));
    await unit.users.update({ ...user, passwordHash });
    const sessionsEnded = await unit.sessions.revokeAllOfUser(user.id, at, currentSessionHash);
    await recordAudit(unit, services.ids, at, {
      actor,
      action: 'password_changed',
      target: `user:${user.username}`,
      origin,
      detail: { sessionsEnded },
    });
    return { sessionsEnded };
  });
  // The other sessions just ended: this process must not go on trusting them from its cache.
  services.actorCache?.clear();
  return result;
}
