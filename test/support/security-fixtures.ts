import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../src/application/services.js';
import type { TestDatabase } from './test-database.js';

/**
 * A session for a demo user, written straight to the store: as good as a login, without spending the login rate
 * limit or a password hash (suites that need hundreds of fresh sessions use it).
 */
export async function mintSession(services: Services, username: string): Promise<string> {
  const user = await services.runner.read.users.findByUsername(username);
  if (!user) throw new Error(`no user ${username}`);
  const token = services.ids.secret();
  const now = services.clock.now();
  await services.runner.run((unit) =>
    unit.sessions.insert({
      tokenHash: services.hasher.secret(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
      revokedAt: null,
    }),
  );
  return token;
}

export type TokenScope = { kind: 'dealer'; dealerCode: string } | { kind: 'plant'; plantCode: string };

/** Issues an integration token through the admin API and answers its secret. */
export async function issueToken(app: FastifyInstance, adminToken: string, name: string, scope: TokenScope) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/admin/tokens',
    headers: { authorization: `Bearer ${adminToken}` },
    payload: { name, scope },
  });
  if (response.statusCode !== 201) throw new Error(`issue token: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; token: string };
}

async function tableNames(database: TestDatabase): Promise<string[]> {
  const rows =
    database.dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(database.db)
      : await sql<{
          name: string;
        }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`.execute(
          database.db,
        );
  return rows.rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith('sqlite_') && !name.startsWith('kysely_'))
    .sort();
}

/**
 * A fingerprint of everything the database holds, table by table (tables in `except` left out): equal
 * fingerprints mean nothing was written. On PostgreSQL one query digests every table.
 */
export async function databaseFingerprint(database: TestDatabase, except: readonly string[] = []): Promise<string> {
  const tables = (await tableNames(database)).filter((table) => !except.includes(table));
  if (database.dialect === 'postgres') {
    const digests = tables.map(
      (table) =>
        sql`SELECT ${table}::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${sql.table(table)} t`,
    );
    const result = await sql<{ digest: string }>`${sql.join(digests, sql` UNION ALL `)}`.execute(database.db);
    return result.rows
      .map((row) => row.digest)
      .sort()
      .join('\n');
  }
  const hash = createHash('sha256');
  for (const table of tables) {
    const result = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(database.db);
    const rows = result.rows.map((row) => JSON.stringify(row)).sort();
    hash.update(`${table}:${rows.join('|')}\n`);
  }
  return hash.digest('hex');
}
