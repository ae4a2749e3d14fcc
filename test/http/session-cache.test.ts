import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/adapters/http/build-app.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { TEST_NOW } from '../support/test-app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/test-database.js';

/** Longer than any test: whatever the cache answers, it answers from memory. */
const CACHE_MS = 600_000;

describe.each(DIALECTS)('authenticating through the session cache (%s)', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let clock: ManualClock;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    clock = new ManualClock(TEST_NOW);
    const services = createServices({
      database,
      clock,
      dataKey: Buffer.alloc(32, 4),
      policies: DEFAULT_POLICIES,
      actorCacheMs: CACHE_MS,
    });
    await loadDemo(database.db, services);
    app = await buildApp(services);
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  const signIn = async () =>
    (
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'sh.sales', password: 'demo1234' },
        })
      ).json() as { token: string }
    ).token;
  const me = (token: string) =>
    app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });

  it('refuses a token at once after its sign-out, though it was just remembered', async () => {
    const token = await signIn();
    expect((await me(token)).statusCode).toBe(200);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('refuses a remembered session once it has expired', async () => {
    const token = await signIn();
    expect((await me(token)).json()).toMatchObject({ username: 'sh.sales' });
    clock.advance(DEFAULT_POLICIES.sessionHours * 3_600_000);
    expect((await me(token)).statusCode).toBe(401);
  });
});
