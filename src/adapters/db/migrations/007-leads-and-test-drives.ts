import type { Kysely } from 'kysely';

/**
 * Before the order: the needs each catalog feature answers, leads with their needs profiles, demo cars, test drives,
 * and the calendar blocks that make a double booking impossible. A booking inserts one row per 15-minute block for
 * its car and one for its salesperson; the primary key of `test_drive_slots` refuses a second holder of any block,
 * in the same way on SQLite and PostgreSQL, whatever the application checked before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalog_feature_needs')
    .addColumn('model', 'text', (c) => c.notNull().references('catalog_models.code'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('feature', 'text', (c) => c.notNull())
    .addColumn('feature_zh', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer')
    .addColumn('electric_range_km', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalog_feature_needs_pk', ['model', 'scope', 'code', 'feature'])
    .execute();
  await db.schema
    .createTable('leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dealer_code', 'text', (c) => c.notNull().references('dealers.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('contact_consent', 'integer', (c) => c.notNull())
    .addColumn('consent_at', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('budget_cents', 'integer')
    .addColumn('household_size', 'integer')
    .addColumn('daily_distance_km', 'integer')
    .addColumn('home_charging', 'integer')
    .addColumn('usage', 'text', (c) => c.notNull())
    .addColumn('priorities', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text')
    .addColumn('salesperson_id', 'text', (c) => c.notNull().references('users.id'))
    // One order per lead, one lead per order: the funnel counts each sale once.
    .addColumn('order_id', 'text', (c) => c.unique().references('orders.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('leads_dealer_created')
    .on('leads')
    .columns(['dealer_code', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('leads_created').on('leads').columns(['created_at', 'id']).execute();
  await db.schema
    .createTable('demo_cars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dealer_code', 'text', (c) => c.notNull().references('dealers.code'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('trim', 'text', (c) => c.notNull())
    .addColumn('plate', 'text', (c) => c.notNull().unique())
    .addColumn('available', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('demo_cars_dealer').on('demo_cars').columns(['dealer_code', 'created_at']).execute();
  await db.schema
    .createTable('test_drives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dealer_code', 'text', (c) => c.notNull().references('dealers.code'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('car_id', 'text', (c) => c.notNull().references('demo_cars.id'))
    .addColumn('salesperson_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('feedback', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('test_drives_lead').on('test_drives').columns(['lead_id', 'starts_at']).execute();
  await db.schema
    .createIndex('test_drives_dealer_start')
    .on('test_drives')
    .columns(['dealer_code', 'starts_at', 'id'])
    .execute();
  await db.schema
    .createTable('test_drive_slots')
    .addColumn('resource_kind', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('slot_start', 'text', (c) => c.notNull())
    .addColumn('test_drive_id', 'text', (c) => c.notNull().references('test_drives.id'))
    .addPrimaryKeyConstraint('test_drive_slots_pk', ['resource_kind', 'resource_id', 'slot_start'])
    .execute();
  await db.schema.createIndex('test_drive_slots_drive').on('test_drive_slots').column('test_drive_id').execute();
}
