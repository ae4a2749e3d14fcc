import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/adapters/db/migrate.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../support/test-database.js';

describe.each(DIALECTS)('migrations (%s)', (dialect) => {
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await database?.destroy();
    database = null;
  });

  it('bring an empty database to the latest schema, and a second run changes nothing', async () => {
    database = await createTestDatabase(dialect);
    await migrateToLatest(database.db);
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'orders',
        'order_events',
        'outbox',
        'quota_buckets',
        'parts',
        'idempotency_keys',
        'users',
      ]),
    );
  });

  it('are a no-op when several processes run them again at once', async () => {
    database = await createTestDatabase(dialect);
    await expect(Promise.all([migrateToLatest(database.db), migrateToLatest(database.db)])).resolves.toBeDefined();
  });
});
