import type { Kysely } from 'kysely';
import type { IdempotencyRecord, IdempotencyRepository } from '../../application/ports/repositories.js';
import type { Database } from './schema.js';

export class KyselyIdempotencyRepository implements IdempotencyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(scope: string, key: string): Promise<IdempotencyRecord | null> {
    const row = await this.db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'order_id'])
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? { requestHash: row.request_hash, orderId: row.order_id } : null;
  }

  async insert(scope: string, key: string, record: IdempotencyRecord, at: string): Promise<boolean> {
    const result = await this.db
      .insertInto('idempotency_keys')
      .values({ scope, key, request_hash: record.requestHash, order_id: record.orderId, created_at: at })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}
