import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/adapters/db/migrate.js';
import { openDatabase, type OpenDatabase } from '../../src/adapters/db/open-database.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { POSTGRES_URL, DIALECTS } from '../support/test-database.js';
import { dropPostgresSchema, ensurePostgresSchema } from '../../src/adapters/db/open-database.js';
import { TEST_NOW } from '../support/test-app.js';

/** Longer than the reference data's maximum age: the next read reloads it. */
const PAST_MAX_AGE_MS = 60_000;

async function openServerDatabase(
  dialect: string,
  folder: string,
): Promise<{ database: OpenDatabase; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const database = openDatabase({ dialect: 'sqlite', path: join(folder, 'ordergate.db') });
    return { database, drop: async () => {} };
  }
  const schema = `test_refresh_${Date.now().toString(36)}`;
  await ensurePostgresSchema(POSTGRES_URL, schema);
  const migrating = openDatabase({ dialect: 'postgres', url: POSTGRES_URL, schema });
  await migrateToLatest(migrating.db);
  await migrating.close();
  // A pool of one: every connection of it is held by the transaction below.
  const database = openDatabase({ dialect: 'postgres', url: POSTGRES_URL, schema, poolSize: 1 });
  return { database, drop: () => dropPostgresSchema(POSTGRES_URL, schema) };
}

describe.each(DIALECTS)('reference data refreshed from inside a transaction (%s, as a server opens it)', (dialect) => {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-refresh-'));
  let close = async () => {};
  afterEach(async () => {
    await close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reloads without waiting for the connection that the transaction holds', async () => {
    const { database, drop } = await openServerDatabase(dialect, folder);
    close = async () => {
      await database.close();
      await drop();
    };
    if (dialect === 'sqlite') await migrateToLatest(database.db);
    const clock = new ManualClock(TEST_NOW);
    const services = createServices({ database, clock, dataKey: Buffer.alloc(32, 3), policies: DEFAULT_POLICIES });
    await loadDemo(database.db, services);
    await services.reference.catalog();
    const models = await services.runner.run(async (unit) => {
      await unit.quotas.find({ region: 'EAST', month: '2026-12', model: 'E7' });
      clock.advance(PAST_MAX_AGE_MS);
      return (await services.reference.catalog()).models.map((model) => model.code);
    });
    expect(models).toContain('E7');
  });
});
