import { sql, type Kysely } from 'kysely';
import type { Page, QuotaTransferRepository } from '../../application/ports/repositories.js';
import type { QuotaKey } from '../../domain/order/order-types.js';
import type { QuotaTransfer } from '../../domain/quota/quota-transfer.js';
import { decodeTimeIdCursor, encodeTimeIdCursor } from './page-cursor.js';
import type { Database } from './schema.js';

function transferFromRow(row: Database['quota_transfers']): QuotaTransfer {
  return {
    id: row.id,
    month: row.month,
    model: row.model,
    fromRegion: row.from_region,
    toRegion: row.to_region,
    units: Number(row.units),
    transferredBy: row.transferred_by,
    transferredAt: row.transferred_at,
  };
}

export class KyselyQuotaTransferRepository implements QuotaTransferRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async shrinkCap(key: QuotaKey, units: number): Promise<boolean> {
    // The condition is the guarantee: the source never falls below what its verified orders use, whoever else writes.
    const result = await this.db
      .updateTable('quota_buckets')
      .set({ cap: sql<number>`cap - ${units}` })
      .where('region', '=', key.region)
      .where('month', '=', key.month)
      .where('model', '=', key.model)
      .where(sql<boolean>`cap - ${units} >= used`)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async growCap(key: QuotaKey, units: number): Promise<void> {
    await this.db
      .insertInto('quota_buckets')
      .values({ ...key, cap: units, used: 0 })
      .onConflict((oc) =>
        oc.columns(['region', 'month', 'model']).doUpdateSet({ cap: sql<number>`quota_buckets.cap + ${units}` }),
      )
      .execute();
  }

  async record(transfer: QuotaTransfer): Promise<void> {
    await this.db
      .insertInto('quota_transfers')
      .values({
        id: transfer.id,
        month: transfer.month,
        model: transfer.model,
        from_region: transfer.fromRegion,
        to_region: transfer.toRegion,
        units: transfer.units,
        transferred_by: transfer.transferredBy,
        transferred_at: transfer.transferredAt,
      })
      .execute();
  }

  async list(limit: number, cursor: string | null): Promise<Page<QuotaTransfer>> {
    let query = this.db.selectFrom('quota_transfers').selectAll();
    if (cursor !== null) {
      const [at, id] = decodeTimeIdCursor(cursor);
      query = query.where((eb) =>
        eb.or([eb('transferred_at', '<', at), eb.and([eb('transferred_at', '=', at), eb('id', '<', id)])]),
      );
    }
    const rows = await query
      .orderBy('transferred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(transferFromRow);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeTimeIdCursor(last.transferredAt, last.id) : null };
  }
}
