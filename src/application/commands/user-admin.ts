import { accountRoleViolations, type AccountRole } from '../../domain/account/account-roles.js';
import { passwordViolations } from '../../domain/account/password-policy.js';
import { violation, type Violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError, notFound } from '../application-error.js';
import { recordAudit, type AuditAction, type RequestOrigin } from '../audit.js';
import type { UnitOfWork, UserAccount } from '../ports/repositories.js';
import type { Services } from '../services.js';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly dealerCode: string | null;
  readonly password: string;
}

export interface AccountChange {
  readonly displayName?: string;
  readonly role?: AccountRole;
  readonly dealerCode?: string | null;
  readonly disabled?: boolean;
  /** A new password set by the administrator (every session of the user ends). */
  readonly password?: string;
}

async function assertValidAccount(
  services: Services,
  username: string,
  role: AccountRole,
  dealerCode: string | null,
  password: string | undefined,
): Promise<void> {
  const found: Violation[] = [...accountRoleViolations(role, dealerCode)];
  if (dealerCode !== null && found.length === 0 && !(await services.reference.dealer(dealerCode))) {
    found.push(violation('dealer_unknown', `Dealer ${dealerCode} does not exist.`, 'dealerCode'));
  }
  if (password !== undefined) found.push(...passwordViolations(username, password, 'password'));
  if (found.length > 0)
    throw new ApplicationError(found[0]?.code ?? 'account_invalid', 'The account is invalid.', found);
}

/** An administrator opens an account for a dealer's staff member or the automaker's. */
export async function createAccount(
  services: Services,
  actor: Actor,
  account: NewAccount,
  origin: RequestOrigin,
): Promise<UserAccount> {
  await assertValidAccount(services, account.username, account.role, account.dealerCode, account.password);
  const passwordHash = await services.hashPassword(account.password);
  const at = services.clock.now().toISOString();
  const user: UserAccount = {
    id: services.ids.id(),
    username: account.username,
    passwordHash,
    role: account.role,
    dealerCode: account.dealerCode,
    displayName: account.displayName,
    disabled: false,
    createdAt: at,
  };
  return services.runner.run(async (unit) => {
    if (await unit.users.findByUsername(account.username)) {
      throw new ApplicationError('username_taken', `The username ${account.username} is taken.`, [
        violation('username_taken', 'Choose another username.', 'username'),
      ]);
    }
    await unit.users.insert(user);
    await recordAudit(unit, services.ids, at, {
      actor,
      action: 'user_created',
      target: `user:${user.username}`,
      origin,
      detail: { role: user.role, dealerCode: user.dealerCode },
    });
    return user;
  });
}

/**
 * An administrator changes an account's role, dealer, name or state, or sets a new password. Administrators may
 * not demote or disable themselves: the last one could lock everybody out.
 */
export async function updateAccount(
  services: Services,
  actor: Actor,
  id: string,
  change: AccountChange,
  origin: RequestOrigin,
): Promise<UserAccount> {
  const user = await services.runner.read.users.findById(id);
  if (!user) throw notFound(`User ${id}`);
  if (user.id === actor.userId && ((change.role ?? user.role) !== user.role || change.disabled === true)) {
    throw new ApplicationError('self_lockout', 'You may not demote or disable your own account.');
  }
  const role = (change.role ?? user.role) as AccountRole;
  const dealerCode = change.dealerCode === undefined ? user.dealerCode : change.dealerCode;
  await assertValidAccount(services, user.username, role, dealerCode, change.password);
  const passwordHash = change.password === undefined ? user.passwordHash : await services.hashPassword(change.password);
  const updated: UserAccount = {
    ...user,
    role,
    dealerCode,
    displayName: change.displayName ?? user.displayName,
    disabled: change.disabled ?? user.disabled,
    passwordHash,
  };
  const at = services.clock.now().toISOString();
  const saved = await services.runner.run(async (unit) => {
    const current = await unit.users.findById(id);
    if (!current) throw notFound(`User ${id}`);
    await unit.users.update(updated);
    const actions = auditActionsOf(current, updated, change.password !== undefined);
    for (const [action, detail] of actions) {
      await recordAudit(unit, services.ids, at, { actor, action, target: `user:${user.username}`, origin, detail });
    }
    // A disabled account or a new password ends every session: re-enabling must not revive an old token.
    if (updated.disabled || change.password !== undefined) await unit.sessions.revokeAllOfUser(id, at, null);
    return updated;
  });
  // Sessions this process trusted a moment ago may carry the old role or a disabled account: trust none of them.
  services.actorCache?.clear();
  return saved;
}

function auditActionsOf(
  before: UserAccount,
  after: UserAccount,
  passwordReset: boolean,
): [AuditAction, Record<string, unknown>][] {
  const actions: [AuditAction, Record<string, unknown>][] = [];
  if (before.role !== after.role || before.dealerCode !== after.dealerCode) {
    actions.push([
      'role_changed',
      {
        from: { role: before.role, dealerCode: before.dealerCode },
        to: { role: after.role, dealerCode: after.dealerCode },
      },
    ]);
  }
  if (before.disabled !== after.disabled) actions.push([after.disabled ? 'user_disabled' : 'user_enabled', {}]);
  if (before.displayName !== after.displayName) actions.push(['user_updated', { changed: ['displayName'] }]);
  if (passwordReset) actions.push(['password_reset', {}]);
  return actions;
}

export function listAccounts(unit: UnitOfWork, limit: number, cursor: string | null) {
  return unit.users.list(limit, cursor);
}
