import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/adapters/http/build-app.js';
import type { DialectName } from '../../src/adapters/db/open-database.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import type { Policies, Services } from '../../src/application/services.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** Noon in Shanghai on a Friday: the demo's current month is 2026-12. */
export const TEST_NOW = new Date('2026-12-04T04:00:00.000Z');

export interface TestApp {
  readonly app: FastifyInstance;
  readonly services: Services;
  readonly database: TestDatabase;
  readonly clock: ManualClock;
  login(username: string): Promise<string>;
  /** Forgets the tokens `login` keeps: after the clock moves past a session's life, everyone signs in again. */
  forgetLogins(): void;
  close(): Promise<void>;
}

/** The tests' DMS and SMS gateways listen on loopback: webhooks may point at any host unless a test says otherwise. */
const TEST_POLICIES: Policies = { ...DEFAULT_POLICIES, webhookHosts: 'any' };

/** The whole product on a fresh database with the demo loaded, reached through `inject()`. */
export async function createTestApp(dialect: DialectName, policies: Partial<Policies> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const clock = new ManualClock(TEST_NOW);
  const services = createServices({
    database,
    clock,
    dataKey: Buffer.alloc(32, 7),
    policies: { ...TEST_POLICIES, ...policies },
  });
  await loadDemo(database.db, services);
  const app = await buildApp(services);
  const tokens = new Map<string, string>();
  return {
    app,
    services,
    database,
    clock,
    forgetLogins() {
      tokens.clear();
    },
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: 'demo1234' },
      });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      const token = (response.json() as { token: string }).token;
      tokens.set(username, token);
      return token;
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}
