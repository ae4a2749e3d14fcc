import { sql, type Kysely } from 'kysely';
import type { QuotaRepository } from '../../application/ports/repositories.js';
import type { QuotaKey } from '../../domain/order/order-types.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import { assert } from '../../domain/shared/assert.js';
import { queryTemplate } from './query-template.js';
import type { Database } from './schema.js';

// The statements of every verification, compiled once (see query-template.ts).
const bucketByKey = queryTemplate((db, region: string, month: string, model: string) =>
  db
    .selectFrom('quota_buckets')
    .selectAll()
    .where('region', '=', region)
    .where('month', '=', month)
    .where('model', '=', model),
);
const takeUnit = queryTemplate((db, region: string, month: string, model: string) =>
  db
    .updateTable('quota_buckets')
    .set({ used: sql<number>`used + 1` })
    .where('region', '=', region)
    .where('month', '=', month)
    .where('model', '=', model)
    .where(sql<boolean>`used < cap`),
);
const giveBackUnit = queryTemplate((db, region: string, month: string, model: string) =>
  db
    .updateTable('quota_buckets')
    .set({ used: sql<number>`used - 1` })
    .where('region', '=', region)
    .where('month', '=', month)
    .where('model', '=', model)
    .where('used', '>', 0),
);

/** A bucket from its row, checked: `used` above `cap` would mean a unit was oversold. */
export function bucketFromRow(row: Database['quota_buckets']): QuotaBucket {
  const bucket = {
    region: row.region,
    month: row.month,
    model: row.model,
    cap: Number(row.cap),
    used: Number(row.used),
  };
  assert(bucket.used <= bucket.cap && bucket.used >= 0, `bucket ${row.region}/${row.month}/${row.model} oversold`);
  return bucket;
}

export class KyselyQuotaRepository implements QuotaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(key: QuotaKey): Promise<QuotaBucket | null> {
    const row = (await bucketByKey<Database['quota_buckets']>(this.db, key.region, key.month, key.model)).rows[0];
    return row ? bucketFromRow(row) : null;
  }

  async list(filter: Partial<QuotaKey>): Promise<readonly QuotaBucket[]> {
    let query = this.db.selectFrom('quota_buckets').selectAll();
    if (filter.region !== undefined) query = query.where('region', '=', filter.region);
    if (filter.month !== undefined) query = query.where('month', '=', filter.month);
    if (filter.model !== undefined) query = query.where('model', '=', filter.model);
    const rows = await query.orderBy('month').orderBy('region').orderBy('model').execute();
    return rows.map(bucketFromRow);
  }

  async reserve(key: QuotaKey): Promise<boolean> {
    // The condition is the reservation: two concurrent takers of the last unit cannot both match `used < cap`.
    const result = await takeUnit(this.db, key.region, key.month, key.model);
    return Number(result.numAffectedRows) === 1;
  }

  async release(key: QuotaKey): Promise<void> {
    const result = await giveBackUnit(this.db, key.region, key.month, key.model);
    assert(
      Number(result.numAffectedRows) === 1,
      `released a unit of ${key.region}/${key.month}/${key.model} never taken`,
    );
  }

  async upsertCap(key: QuotaKey, cap: number): Promise<QuotaBucket | null> {
    await this.db
      .insertInto('quota_buckets')
      .values({ ...key, cap, used: 0 })
      .onConflict((oc) =>
        oc
          .columns(['region', 'month', 'model'])
          .doUpdateSet({ cap })
          .where(sql<boolean>`quota_buckets.used <= ${cap}`),
      )
      .execute();
    const bucket = await this.find(key);
    return bucket !== null && bucket.cap === cap ? bucket : null;
  }
}
