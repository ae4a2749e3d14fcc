import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/001-initial.js';
import * as orderLife from './migrations/002-order-life.js';
import * as productionSchedule from './migrations/003-production-schedule.js';
import * as trackingAndDelivery from './migrations/004-tracking-and-delivery.js';
import * as leadsAndTestDrives from './migrations/007-leads-and-test-drives.js';
import * as security from './migrations/005-security.js';
import type { Database } from './schema.js';

/** Every migration, in order. Names never change once released. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': initial,
  '002-order-life': orderLife,
  '003-production-schedule': productionSchedule,
  '004-tracking-and-delivery': trackingAndDelivery,
  '007-leads-and-test-drives': leadsAndTestDrives,
  '005-security': security,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

/**
 * On PostgreSQL, the schema the migration tables live in: the connection's own. Left unnamed, Kysely looks for its
 * tables in every schema of the database and, finding another schema's, skips creating its own.
 */
async function migrationTableSchemaOf(db: Kysely<Database>): Promise<{ migrationTableSchema?: string }> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return {};
  const result = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  const schema = result.rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}

/** Brings the schema up to date; Kysely's lock keeps several processes from migrating at once. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(),
    ...(await migrationTableSchemaOf(db)),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
