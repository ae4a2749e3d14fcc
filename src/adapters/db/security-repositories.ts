import type { Kysely } from 'kysely';
import type { IntegrationScope } from '../../application/actor.js';
import type { Page } from '../../application/ports/repositories.js';
import type {
  AuditEntry,
  AuditFilter,
  AuditRepository,
  DealerRepository,
  IntegrationToken,
  IntegrationTokenRepository,
  LoginFailureRepository,
} from '../../application/ports/security-repositories.js';
import type { Dealer } from '../../domain/dealer/dealer-types.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { Database } from './schema.js';

export class KyselyLoginFailureRepository implements LoginFailureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async since(usernameKey: string, since: string): Promise<readonly string[]> {
    const rows = await this.db
      .selectFrom('login_failures')
      .select('at')
      .where('username_key', '=', usernameKey)
      .where('at', '>=', since)
      .execute();
    return rows.map((row) => row.at);
  }

  async insert(id: string, usernameKey: string, at: string): Promise<void> {
    await this.db.insertInto('login_failures').values({ id, username_key: usernameKey, at }).execute();
  }

  async clear(usernameKey: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('username_key', '=', usernameKey).execute();
  }

  async purgeBefore(before: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('at', '<', before).execute();
  }
}

export class KyselyAuditRepository implements AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({ ...entry, detail: JSON.stringify(entry.detail) })
      .execute();
  }

  async list(filter: AuditFilter, limit: number, cursor: string | null): Promise<Page<AuditEntry>> {
    let query = this.db.selectFrom('audit_events').selectAll();
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
    if (cursor !== null) {
      const [at, id] = decodeCursor(cursor, 2) as [string, string];
      query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
    }
    const rows = await query
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows
      .slice(0, limit)
      .map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.at, last.id]) : null };
  }
}

function tokenFromRow(row: Database['integration_tokens']): IntegrationToken {
  const scope: IntegrationScope =
    row.scope_kind === 'plant'
      ? { kind: 'plant', plantCode: row.plant_code ?? '' }
      : { kind: 'dealer', dealerCode: row.dealer_code ?? '' };
  return {
    id: row.id,
    name: row.name,
    tokenHash: row.token_hash,
    scope,
    createdAt: row.created_at,
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export class KyselyIntegrationTokenRepository implements IntegrationTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(token: IntegrationToken): Promise<void> {
    await this.db
      .insertInto('integration_tokens')
      .values({
        id: token.id,
        name: token.name,
        token_hash: token.tokenHash,
        scope_kind: token.scope.kind,
        dealer_code: token.scope.kind === 'dealer' ? token.scope.dealerCode : null,
        plant_code: token.scope.kind === 'plant' ? token.scope.plantCode : null,
        created_at: token.createdAt,
        created_by: token.createdBy,
        last_used_at: token.lastUsedAt,
        revoked_at: token.revokedAt,
      })
      .execute();
  }

  async findByHash(tokenHash: string): Promise<IntegrationToken | null> {
    const row = await this.db
      .selectFrom('integration_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row ? tokenFromRow(row) : null;
  }

  async findById(id: string): Promise<IntegrationToken | null> {
    const row = await this.db.selectFrom('integration_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? tokenFromRow(row) : null;
  }

  async list(limit: number, cursor: string | null): Promise<Page<IntegrationToken>> {
    let query = this.db.selectFrom('integration_tokens').selectAll();
    if (cursor !== null) query = query.where('id', '<', decodeCursor(cursor, 1)[0] as string);
    const rows = await query
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(tokenFromRow);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
  }

  async revoke(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('integration_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string, at: string, notBefore: string): Promise<void> {
    await this.db
      .updateTable('integration_tokens')
      .set({ last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', notBefore)]))
      .execute();
  }
}

function dealerFromRow(row: Database['dealers']): Dealer {
  return {
    code: row.code,
    name: row.name,
    region: row.region,
    phone: row.phone,
    city: row.city,
    models: JSON.parse(row.models) as string[],
  };
}

export class KyselyDealerRepository implements DealerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<readonly Dealer[]> {
    const rows = await this.db.selectFrom('dealers').selectAll().orderBy('code').execute();
    return rows.map(dealerFromRow);
  }

  async find(code: string): Promise<Dealer | null> {
    const row = await this.db.selectFrom('dealers').selectAll().where('code', '=', code).executeTakeFirst();
    return row ? dealerFromRow(row) : null;
  }

  async insert(dealer: Dealer): Promise<boolean> {
    const result = await this.db
      .insertInto('dealers')
      .values({ ...dealer, models: JSON.stringify(dealer.models) })
      .onConflict((conflict) => conflict.column('code').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async update(dealer: Dealer): Promise<void> {
    await this.db
      .updateTable('dealers')
      .set({
        name: dealer.name,
        region: dealer.region,
        phone: dealer.phone,
        city: dealer.city,
        models: JSON.stringify(dealer.models),
      })
      .where('code', '=', dealer.code)
      .execute();
  }
}
