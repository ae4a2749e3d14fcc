import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import type { Database } from './schema.js';
import { startBackgroundCheckpoints } from './wal-checkpointer.js';
import { withStatementCache } from './statement-cache.js';

export type DialectName = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly schema?: string; readonly poolSize?: number };

export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * Connections of their own for reads that must never wait for the connections transactions hold: reference data
   * (refreshed from inside a transaction's work, it would otherwise wait forever for SQLite's one writer connection,
   * held for the whole group commit, or for a PostgreSQL pool whose every connection is held by a transaction
   * waiting on that refresh) and operators' metrics. Read-only on SQLite. Absent for `:memory:`.
   */
  readonly reader?: Kysely<Database>;
  close(): Promise<void>;
}

/** `sqlite:PATH`, `sqlite::memory:` or `postgres://…` → where to connect. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) return { dialect: 'sqlite', path: url.slice('sqlite:'.length) };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { dialect: 'postgres', url };
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://, got ${url.split(':')[0]}:…`);
}

export function openDatabase(target: DatabaseTarget): OpenDatabase {
  return target.dialect === 'sqlite' ? openSqlite(target.path) : openPostgres(target);
}

function openSqlite(path: string): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new BetterSqlite3(path);
  database.pragma('journal_mode = WAL');
  // FULL in WAL mode syncs every commit: an acknowledged order survives a power cut, not only a crash.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Each order of a group commit runs in a savepoint, whose undo copies live in a statement journal: in memory it
  // costs half the CPU of a temporary file. The WAL, not this journal, makes a commit durable.
  database.pragma('temp_store = MEMORY');
  // The WAL is copied into the database file by a thread of its own (startBackgroundCheckpoints); this connection's
  // checkpoint, on the committing thread, only bounds the WAL (about 40 MB) when that thread falls behind.
  // Durability is the WAL's, synced at every commit, whatever its length.
  database.pragma('wal_autocheckpoint = 10000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  if (path === ':memory:') return { db, dialect: 'sqlite', close: () => db.destroy() };
  // In WAL mode a reader sees every committed transaction and neither waits for the writer nor stops it.
  const readerDatabase = new BetterSqlite3(path);
  readerDatabase.pragma('busy_timeout = 5000');
  readerDatabase.pragma('query_only = ON');
  const reader = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(readerDatabase) }) });
  const stopCheckpoints = startBackgroundCheckpoints(path);
  return {
    db,
    dialect: 'sqlite',
    reader,
    close: async () => {
      await stopCheckpoints();
      await reader.destroy();
      await db.destroy();
    },
  };
}

/** Connections of the PostgreSQL reader pool: reference data is read a few times a minute. */
const READER_POOL_SIZE = 2;

function openPostgres(target: { url: string; schema?: string; poolSize?: number }): OpenDatabase {
  const poolOptions = {
    connectionString: target.url,
    // A schema of its own keeps parallel test suites on one database apart.
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: survivingIdleErrors(new pg.Pool({ ...poolOptions, max: target.poolSize ?? 10 })),
    }),
  });
  const reader = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: survivingIdleErrors(new pg.Pool({ ...poolOptions, max: READER_POOL_SIZE })) }),
  });
  return {
    db,
    dialect: 'postgres',
    reader,
    close: async () => {
      await reader.destroy();
      await db.destroy();
    },
  };
}

/**
 * An idle pooled connection that the server ends (a restart, a failover, an administrator) is reported as an
 * 'error' event of the pool, which would end the process unheard. The pool drops that connection and opens a new
 * one when needed; requests meanwhile fail on their own and `/readyz` says so.
 */
function survivingIdleErrors(pool: pg.Pool): pg.Pool {
  pool.on('error', () => {});
  return pool;
}

/** Creates a PostgreSQL schema when missing (tests give each suite one). */
export async function ensurePostgresSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    await sql.raw(`CREATE SCHEMA IF NOT EXISTS ${schema}`).execute(db);
  } finally {
    await db.destroy();
  }
}

export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`unsafe schema name ${schema}`);
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    await sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).execute(db);
  } finally {
    await db.destroy();
  }
}
