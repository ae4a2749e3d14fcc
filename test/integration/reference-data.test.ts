import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe.each(DIALECTS)('reference data read inside a transaction (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers from memory after its maximum age instead of waiting for the connection the transaction holds', async () => {
    t.clock.advance(60_000);
    const catalog = await t.services.runner.run(async () => t.services.reference.catalog());
    expect(catalog.models.length).toBeGreaterThan(0);
  });

  it('sees a change made by another process once the background reload has run', async () => {
    await t.database.db.updateTable('dealers').set({ name: 'Renamed 4S' }).where('code', '=', 'SH001').execute();
    t.clock.advance(60_000);
    await t.services.reference.dealers();
    await t.services.reference.reload();
    expect((await t.services.reference.dealer('SH001'))?.name).toBe('Renamed 4S');
  });
});
