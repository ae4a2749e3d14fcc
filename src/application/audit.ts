import type { Actor } from './actor.js';
import type { UnitOfWork } from './ports/repositories.js';
import type { IdGenerator } from './ports/services.js';

/** Where a request came from, as the audit trail records it. */
export interface RequestOrigin {
  readonly ip: string | null;
}

export const UNKNOWN_ORIGIN: RequestOrigin = Object.freeze({ ip: null });

/** The stable codes of the audit trail. Never renamed, never reused. */
export type AuditAction =
  | 'login_succeeded'
  | 'login_failed'
  | 'login_locked'
  | 'logout'
  | 'password_changed'
  | 'password_change_failed'
  | 'password_reset'
  | 'user_created'
  | 'user_updated'
  | 'role_changed'
  | 'user_disabled'
  | 'user_enabled'
  | 'dealer_created'
  | 'dealer_updated'
  | 'token_issued'
  | 'token_revoked';

export interface AuditRecord {
  readonly actor: Actor | string | null;
  readonly action: AuditAction;
  readonly target: string | null;
  readonly origin: RequestOrigin;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** Appends a line to the audit trail inside the caller's transaction: it is written exactly when the change is. */
export async function recordAudit(unit: UnitOfWork, ids: IdGenerator, at: string, record: AuditRecord): Promise<void> {
  const actor = typeof record.actor === 'string' || record.actor === null ? record.actor : record.actor.username;
  await unit.audit.append({
    id: ids.id(),
    at,
    actor,
    action: record.action,
    target: record.target,
    ip: record.origin.ip,
    detail: record.detail ?? {},
  });
}
