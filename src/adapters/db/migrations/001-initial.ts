import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** The foundation: network, accounts, catalog, prices, quotas, parts, plants, orders, events, outbox, idempotency. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('brands')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('wmi', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('dealers')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('models', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('dealer_code', 'text', (c) => c.references('dealers.code'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await createCatalogTables(db);
  await createSupplyTables(db);
  await createOrderTables(db);
}

async function createCatalogTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('catalog_models')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('powertrain', 'text', (c) => c.notNull())
    .addColumn('plant', 'text', (c) => c.notNull())
    .addColumn('min_deposit_cents', 'integer', (c) => c.notNull())
    .addColumn('vin_descriptor', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('catalog_trims')
    .addColumn('model', 'text', (c) => c.notNull().references('catalog_models.code'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('base_price_cents', 'integer', (c) => c.notNull())
    .addColumn('in_production', 'integer', (c) => c.notNull())
    .addColumn('features', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalog_trims_pk', ['model', 'code'])
    .execute();
  await db.schema
    .createTable('catalog_options')
    .addColumn('model', 'text', (c) => c.notNull().references('catalog_models.code'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('price_cents', 'integer', (c) => c.notNull())
    .addColumn('trims', 'text')
    .addColumn('requires', 'text', (c) => c.notNull())
    .addColumn('excludes', 'text', (c) => c.notNull())
    .addColumn('parts', 'text', (c) => c.notNull())
    .addColumn('special', 'integer', (c) => c.notNull())
    .addColumn('in_production', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalog_options_pk', ['model', 'code'])
    .execute();
  await db.schema
    .createTable('price_list_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('effective_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('price_items')
    .addColumn('version', 'integer', (c) => c.notNull().references('price_list_versions.version'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('trim', 'text')
    .addColumn('option', 'text')
    .addColumn('price_cents', 'integer', (c) => c.notNull().check(sql`price_cents >= 0`))
    .execute();
  await db.schema.createIndex('price_items_version').on('price_items').column('version').execute();
}

async function createSupplyTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quota_buckets')
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('cap', 'integer', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quota_buckets_pk', ['region', 'month', 'model'])
    // The last line of defence against overselling: the database itself refuses used > cap.
    .addCheckConstraint('quota_used_within_cap', sql`used >= 0 AND used <= cap`)
    .execute();
  await db.schema
    .createTable('parts')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('available_units', 'integer', (c) => c.notNull().check(sql`available_units >= 0`))
    .addColumn('reserved_units', 'integer', (c) => c.notNull().check(sql`reserved_units >= 0`))
    .addColumn('expected_at', 'text')
    .execute();
  await db.schema
    .createTable('plants')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('vin_code', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('daily_capacity', 'text', (c) => c.notNull())
    .addColumn('working_weekdays', 'text', (c) => c.notNull())
    .addColumn('transit_days', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('counters' as never)
    .values({ name: 'order_serial', value: 0 } as never)
    .execute();
  // PostgreSQL hands out order serials from a sequence, which needs no row lock; SQLite has one writer anyway.
  if (isPostgres(db)) await sql`CREATE SEQUENCE order_serial`.execute(db);
}

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function createOrderTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_no', 'text', (c) => c.notNull().unique())
    .addColumn('dealer_code', 'text', (c) => c.notNull().references('dealers.code'))
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('customer_phone', 'text', (c) => c.notNull())
    .addColumn('customer_id_type', 'text', (c) => c.notNull())
    .addColumn('customer_id_number', 'text', (c) => c.notNull())
    .addColumn('customer_id_hash', 'text', (c) => c.notNull())
    .addColumn('customer_language', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('trim', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('special_reason', 'text')
    .addColumn('list_price_cents', 'integer', (c) => c.notNull())
    .addColumn('locked_price_cents', 'integer')
    .addColumn('price_cents', 'integer', (c) => c.notNull())
    .addColumn('deposit_amount_cents', 'integer', (c) => c.notNull())
    .addColumn('deposit_paid_at', 'text', (c) => c.notNull())
    .addColumn('deposit_reference', 'text', (c) => c.notNull())
    .addColumn('verification', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('quota_region', 'text', (c) => c.notNull())
    .addColumn('quota_month', 'text', (c) => c.notNull())
    .addColumn('quota_model', 'text', (c) => c.notNull())
    .addColumn('quota_reserved', 'integer', (c) => c.notNull())
    .addColumn('reserved_parts', 'text', (c) => c.notNull())
    .addColumn('plant', 'text')
    .addColumn('build_date', 'text')
    .addColumn('sequence', 'integer')
    .addColumn('vin', 'text', (c) => c.unique())
    .addColumn('eta', 'text')
    .addColumn('tracking_token_hash', 'text', (c) => c.unique())
    .addColumn('last_event_seq', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('orders_dealer_created').on('orders').columns(['dealer_code', 'created_at']).execute();
  await db.schema.createIndex('orders_status_created').on('orders').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('orders_created').on('orders').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('orders_buyer_model').on('orders').columns(['customer_id_hash', 'model']).execute();
  await db.schema
    .createIndex('orders_bucket')
    .on('orders')
    .columns(['quota_region', 'quota_month', 'quota_model', 'status'])
    .execute();
  await db.schema
    .createTable('order_events')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_events_pk', ['order_id', 'seq'])
    .execute();
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('outbox_order').on('outbox').columns(['order_id', 'created_at']).execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
}
