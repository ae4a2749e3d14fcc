import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/001-initial.js';
import type { Database } from './schema.js';

/** Every migration, in order. Names never change once released. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': initial,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

/** Brings the schema up to date; Kysely's lock keeps several processes from migrating at once. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(), ...(await migrationSchema(db)) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

/**
 * On PostgreSQL, the schema the migrations' own tables belong to: the current one. Without it Kysely takes a
 * `kysely_migration` table in any schema of the database for this schema's, and skips creating its own.
 */
async function migrationSchema(db: Kysely<Database>): Promise<{ migrationTableSchema?: string }> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return {};
  const result = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(db);
  const schema = result.rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}
