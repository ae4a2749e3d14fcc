import { sql, type Kysely } from 'kysely';

/**
 * The order's life after the verdict: the deposit's refund state of a cancelled order, the index of postponed
 * orders by the part they wait for, the audit of quota moved between regions, and the lookup of booked build dates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('orders').addColumn('deposit_refund_status', 'text').execute();
  await db.schema
    .createTable('part_waits')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('part_code', 'text', (c) => c.notNull())
    .addColumn('order_created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('part_waits_pk', ['order_id', 'part_code'])
    .execute();
  // A supply re-verifies the oldest waiting orders first: this index reads them in that order.
  await db.schema
    .createIndex('part_waits_oldest')
    .on('part_waits')
    .columns(['part_code', 'order_created_at', 'order_id'])
    .execute();
  await db.schema
    .createTable('quota_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('from_region', 'text', (c) => c.notNull())
    .addColumn('to_region', 'text', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull().check(sql`units > 0`))
    .addColumn('transferred_by', 'text', (c) => c.notNull())
    .addColumn('transferred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('quota_transfers_newest')
    .on('quota_transfers')
    .columns(['transferred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('orders_plant_build_date')
    .on('orders')
    .columns(['plant', 'model', 'build_date'])
    .execute();
  await indexWaitingOrders(db);
}

interface PostponedRow {
  id: string;
  created_at: string;
  verification: string | null;
}

/** Orders postponed before this migration get their rows, read from their verification's materials holds. */
async function indexWaitingOrders(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<PostponedRow>`
    SELECT id, created_at, verification FROM orders WHERE status = 'postponed'`.execute(db);
  for (const row of rows) {
    const checks = row.verification === null ? [] : (JSON.parse(row.verification) as { checks?: unknown[] }).checks;
    const parts = new Set<string>();
    for (const line of checks ?? []) {
      const { check, result, details } = line as { check?: string; result?: string; details?: { part?: unknown } };
      if (check === 'materials' && result === 'hold' && typeof details?.part === 'string') parts.add(details.part);
    }
    for (const part of parts) {
      await sql`INSERT INTO part_waits (order_id, part_code, order_created_at)
        VALUES (${row.id}, ${part}, ${row.created_at})`.execute(db);
    }
  }
}
