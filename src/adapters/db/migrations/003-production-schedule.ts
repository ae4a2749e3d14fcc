import { sql, type Kysely } from 'kysely';

/**
 * Production scheduling: the last VIN serial given out per plant and model year, a database-level guarantee that no
 * production slot is given twice, and the index the scheduler's queue (verified orders of a plant's models, oldest
 * verification first) and the delivery estimate read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('vin_serials')
    .addColumn('plant', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    // Only ever raised: a serial is never reused, not even after the order that carried it is cancelled.
    .addColumn('last_serial', 'integer', (c) => c.notNull().check(sql`last_serial >= 0 AND last_serial <= 999999`))
    .addPrimaryKeyConstraint('vin_serials_pk', ['plant', 'year'])
    .execute();
  // Unscheduled orders leave all three columns null, and nulls never collide in a unique index (both dialects).
  await db.schema
    .createIndex('orders_production_slot')
    .on('orders')
    .columns(['plant', 'build_date', 'sequence'])
    .unique()
    .execute();
  await db.schema
    .createIndex('orders_status_model_decided')
    .on('orders')
    .columns(['status', 'model', 'decided_at'])
    .execute();
}
