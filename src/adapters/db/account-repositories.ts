import type { Kysely } from 'kysely';
import type { Role } from '../../application/actor.js';
import type {
  Page,
  Session,
  SessionRepository,
  UserAccount,
  UserRepository,
} from '../../application/ports/repositories.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import { queryTemplate } from './query-template.js';
import type { Database } from './schema.js';

// Every authenticated request reads a session and its user: compiled once (see query-template.ts).
const userById = queryTemplate((db, id: string) => db.selectFrom('users').selectAll().where('id', '=', id));
const sessionByTokenHash = queryTemplate((db, tokenHash: string) =>
  db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash),
);

function userFromRow(row: Database['users']): UserAccount {
  return {
    id: row.id,
    username: row.username,
    passwordHash: row.password_hash,
    role: row.role as Role,
    dealerCode: row.dealer_code,
    displayName: row.display_name,
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
  };
}

export class KyselyUserRepository implements UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByUsername(username: string): Promise<UserAccount | null> {
    const row = await this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    return row ? userFromRow(row) : null;
  }

  async findById(id: string): Promise<UserAccount | null> {
    const row = (await userById<Database['users']>(this.db, id)).rows[0];
    return row ? userFromRow(row) : null;
  }

  async insert(user: UserAccount): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        username: user.username,
        password_hash: user.passwordHash,
        role: user.role,
        dealer_code: user.dealerCode,
        display_name: user.displayName,
        disabled: user.disabled ? 1 : 0,
        created_at: user.createdAt,
      })
      .execute();
  }

  async list(limit: number, cursor: string | null): Promise<Page<UserAccount>> {
    let query = this.db.selectFrom('users').selectAll();
    if (cursor !== null) query = query.where('username', '>', decodeCursor(cursor, 1)[0] as string);
    const rows = await query
      .orderBy('username')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(userFromRow);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.username]) : null };
  }

  async update(user: UserAccount): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        password_hash: user.passwordHash,
        role: user.role,
        dealer_code: user.dealerCode,
        display_name: user.displayName,
        disabled: user.disabled ? 1 : 0,
      })
      .where('id', '=', user.id)
      .execute();
  }
}

export class KyselySessionRepository implements SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(session: Session): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        revoked_at: session.revokedAt,
      })
      .execute();
  }

  async find(tokenHash: string): Promise<Session | null> {
    const row = (await sessionByTokenHash<Database['sessions']>(this.db, tokenHash)).rows[0];
    return row
      ? {
          tokenHash: row.token_hash,
          userId: row.user_id,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          revokedAt: row.revoked_at,
        }
      : null;
  }

  async revoke(tokenHash: string, at: string): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: at }).where('token_hash', '=', tokenHash).execute();
  }

  async revokeAllOfUser(userId: string, at: string, exceptTokenHash: string | null): Promise<number> {
    let query = this.db
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', at);
    if (exceptTokenHash !== null) query = query.where('token_hash', '!=', exceptTokenHash);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
