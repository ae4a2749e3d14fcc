import type { Kysely } from 'kysely';

/**
 * Tracking links and message delivery: the generation of each order's tracking link (a re-issue bumps it, so the
 * old link stops working), the lease a dispatcher holds on an outbox row while it sends it, and the dealers'
 * webhook registrations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Orders from before tracking links start at generation 0 with no link; the dealer issues one when needed.
  await db.schema
    .alterTable('orders')
    .addColumn('tracking_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('outbox').addColumn('locked_until', 'text').execute();
  await db.schema
    .createTable('dealer_webhooks')
    .addColumn('dealer_code', 'text', (c) => c.primaryKey().references('dealers.code'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}
