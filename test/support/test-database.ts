import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest } from '../../src/adapters/db/migrate.js';
import {
  dropPostgresSchema,
  ensurePostgresSchema,
  openDatabase,
  type DialectName,
  type OpenDatabase,
} from '../../src/adapters/db/open-database.js';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The dialects every data-layer suite runs on. In CI PostgreSQL is required: an unreachable server fails the run.
 * On a laptop without it the PostgreSQL suites are skipped, and say so loudly.
 */
export async function availableDialects(): Promise<DialectName[]> {
  if (await postgresReachable()) return ['sqlite', 'postgres'];
  if (process.env.CI) throw new Error(`PostgreSQL is required in CI and is not reachable at ${POSTGRES_URL}`);
  console.warn(`\n*** PostgreSQL is not reachable at ${POSTGRES_URL}: its suites are SKIPPED on this machine ***\n`);
  return ['sqlite'];
}

export const DIALECTS: DialectName[] = await availableDialects();

export interface TestDatabase extends OpenDatabase {
  /** Drops what the database holds (the PostgreSQL schema) and closes it. */
  destroy(): Promise<void>;
  /** The PostgreSQL schema the database lives in (absent for SQLite). */
  readonly schema?: string;
}

/** A fresh, migrated database: SQLite in memory, or a PostgreSQL schema of its own. */
export async function createTestDatabase(dialect: DialectName, poolSize = 10): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ dialect: 'sqlite', path: ':memory:' });
    await migrateToLatest(database.db);
    return { ...database, destroy: () => database.close() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await ensurePostgresSchema(POSTGRES_URL, schema);
  const database = openDatabase({ dialect: 'postgres', url: POSTGRES_URL, schema, poolSize });
  await migrateToLatest(database.db);
  return {
    ...database,
    schema,
    destroy: async () => {
      await database.close();
      await dropPostgresSchema(POSTGRES_URL, schema);
    },
  };
}

/**
 * A second, independent connection pool on the same PostgreSQL schema: what another ordergate process sharing the
 * database would have. Close it before destroying the first.
 */
export function openSamePostgresDatabase(database: TestDatabase, poolSize = 10): OpenDatabase {
  if (database.dialect !== 'postgres' || database.schema === undefined) {
    throw new Error('only a PostgreSQL test database can be opened twice');
  }
  return openDatabase({ dialect: 'postgres', url: POSTGRES_URL, schema: database.schema, poolSize });
}
