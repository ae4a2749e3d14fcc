import type { Kysely } from 'kysely';
import type { IdempotencyRecord, IdempotencyRepository } from '../../application/ports/repositories.js';
import { insertRows, queryTemplate } from './query-template.js';
import type { Database } from './schema.js';

const recordByKey = queryTemplate((db, scope: string, key: string) =>
  db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'order_id'])
    .where('scope', '=', scope)
    .where('key', '=', key),
);

export class KyselyIdempotencyRepository implements IdempotencyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(scope: string, key: string): Promise<IdempotencyRecord | null> {
    const row = (await recordByKey<{ request_hash: string; order_id: string }>(this.db, scope, key)).rows[0];
    return row ? { requestHash: row.request_hash, orderId: row.order_id } : null;
  }

  async insert(scope: string, key: string, record: IdempotencyRecord, at: string): Promise<boolean> {
    const result = await insertRows(
      this.db,
      'idempotency_keys',
      [{ scope, key, request_hash: record.requestHash, order_id: record.orderId, created_at: at }],
      ['scope', 'key'],
    );
    return Number(result.numAffectedRows ?? 0) === 1;
  }
}
