import type { Dealer } from '../../domain/dealer/dealer-types.js';
import type { IntegrationScope } from '../actor.js';
import type { Page } from './repositories.js';

/** Failed sign-ins, kept briefly by a hash of the username they named (known or not) to lock it out. */
export interface LoginFailureRepository {
  /** Instants (ISO) of the failures for `usernameKey` since `since`. */
  since(usernameKey: string, since: string): Promise<readonly string[]>;
  insert(id: string, usernameKey: string, at: string): Promise<void>;
  /** A successful sign-in forgets the failures. */
  clear(usernameKey: string): Promise<void>;
  /** Forgets every failure older than `before`, whoever it named. */
  purgeBefore(before: string): Promise<void>;
}

/** One line of the audit trail: who did what to whom, when, from where. */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  /** The username (or `token:<name>`) acting, or null for an anonymous caller. */
  readonly actor: string | null;
  /** A stable code: `login_succeeded`, `login_failed`, `token_issued`, `role_changed`, … */
  readonly action: string;
  /** What was acted on: `user:<username>`, `token:<id>`, `dealer:<code>`. */
  readonly target: string | null;
  readonly ip: string | null;
  /** Never personal data or secrets. */
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface AuditFilter {
  readonly action?: string;
  readonly actor?: string;
}

export interface AuditRepository {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(filter: AuditFilter, limit: number, cursor: string | null): Promise<Page<AuditEntry>>;
}

export interface IntegrationToken {
  readonly id: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly scope: IntegrationScope;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface IntegrationTokenRepository {
  insert(token: IntegrationToken): Promise<void>;
  findByHash(tokenHash: string): Promise<IntegrationToken | null>;
  findById(id: string): Promise<IntegrationToken | null>;
  /** Newest first. */
  list(limit: number, cursor: string | null): Promise<Page<IntegrationToken>>;
  /** False when the token is unknown or was revoked already. */
  revoke(id: string, at: string): Promise<boolean>;
  /** Records a use, unless one was recorded after `notBefore` (bounds the writes of a busy token). */
  touch(id: string, at: string, notBefore: string): Promise<void>;
}

/** The dealers as their administrators change them (requests read them through the reference cache). */
export interface DealerRepository {
  list(): Promise<readonly Dealer[]>;
  find(code: string): Promise<Dealer | null>;
  /** False when the code is taken. */
  insert(dealer: Dealer): Promise<boolean>;
  update(dealer: Dealer): Promise<void>;
}

/** The repositories of accounts, tokens and the audit trail, part of every unit of work. */
export interface SecurityRepositories {
  readonly loginFailures: LoginFailureRepository;
  readonly audit: AuditRepository;
  readonly integrationTokens: IntegrationTokenRepository;
  readonly dealers: DealerRepository;
}
