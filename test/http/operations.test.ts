import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/adapters/http/build-app.js';
import { openDatabase } from '../../src/adapters/db/open-database.js';
import { outboxBacklog, pingDatabase, quotaUse } from '../../src/adapters/db/operations-queries.js';
import { OrdergateMetrics } from '../../src/adapters/metrics/ordergate-metrics.js';
import { InProcessChangeFeed } from '../../src/adapters/notify/in-process-change-feed.js';
import { ObservedChangeFeed } from '../../src/adapters/notify/observed-change-feed.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import type { Services } from '../../src/application/services.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { validOrder } from '../support/order-fixtures.js';
import { TEST_NOW } from '../support/test-app.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/test-database.js';

const METRICS_TOKEN = 'a-metrics-token-for-the-scraper';

/** The product as a server wires it: metrics fed by the runner and the change feed, readiness, both endpoints. */
async function operatedApp(database: TestDatabase, metricsToken: string | null) {
  const clock = new ManualClock(TEST_NOW);
  let services: Services | null = null;
  const metrics = new OrdergateMetrics(
    {
      outboxBacklog: () => outboxBacklog(database.db),
      quotaUse: () => quotaUse(database.db, ['2026-12', '2027-01']),
      now: () => clock.now(),
    },
    { defaultMetrics: false },
  );
  services = createServices({
    database,
    clock,
    dataKey: Buffer.alloc(32, 5),
    policies: DEFAULT_POLICIES,
    changes: new ObservedChangeFeed(new InProcessChangeFeed(), (changes) => metrics.countCommitted(changes)),
    onBatch: (size) => metrics.observeBatch(size),
  });
  await loadDemo(database.db, services);
  const app = await buildApp(services, {
    operations: { metrics, readiness: () => pingDatabase(database.db), metricsToken },
  });
  return { app, services, clock };
}

async function login(app: FastifyInstance, username: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: 'demo1234' },
  });
  return (response.json() as { token: string }).token;
}

/** The value of one sample line of the Prometheus text, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(DIALECTS)('operating ordergate (%s)', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ app } = await operatedApp(database, null));
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it('shows, after an order, the verdict it got and the latency of its route by pattern and status class', async () => {
    const token = await login(app, 'sh.sales');
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${token}` },
      payload: validOrder(1),
    });
    expect(submitted.json()).toMatchObject({ status: 'verified' });
    const id = (submitted.json() as { id: string }).id;
    await app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, headers: { authorization: `Bearer ${token}` } });
    const scrape = await app.inject({ method: 'GET', url: '/metrics' });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toContain('text/plain');
    const text = scrape.body;
    expect(sample(text, 'ordergate_order_verdicts_total{verdict="verified"}')).toBe(1);
    expect(
      sample(
        text,
        'ordergate_http_request_duration_seconds_count{method="POST",route="/api/v1/orders",status_class="2xx"}',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'ordergate_http_request_duration_seconds_count{method="GET",route="/api/v1/orders/:id",status_class="2xx"}',
      ),
    ).toBe(1);
    expect(text).not.toContain(id);
  });

  it('shows the quota use of each bucket and the outbox backlog, read at the scrape', async () => {
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(sample(text, 'ordergate_quota_used{region="EAST",month="2026-12",model="E7"}')).toBe(1);
    expect(sample(text, 'ordergate_quota_cap{region="EAST",month="2026-12",model="E7"}')).toBe(1200);
    expect(sample(text, 'ordergate_outbox_backlog')).toBe(1);
    expect(sample(text, 'ordergate_outbox_oldest_age_seconds')).toBe(0);
  });

  it('counts the orders of each group commit (SQLite) and labels answers of unknown URLs as unmatched', async () => {
    await app.inject({ method: 'GET', url: '/no/such/page/42' });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(
      sample(text, 'ordergate_http_request_duration_seconds_count{method="GET",route="unmatched",status_class="4xx"}'),
    ).toBe(1);
    expect(text).not.toContain('/no/such/page/42');
    const batches = sample(text, 'ordergate_group_commit_batch_size_count') ?? 0;
    if (dialect === 'sqlite') expect(batches).toBeGreaterThanOrEqual(2);
    else expect(batches).toBe(0);
  });

  it('answers /metrics only on the loopback interface when no token is set', async () => {
    const remote = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(403);
    expect(remote.headers['content-type']).toContain('application/problem+json');
  });

  it('says it is ready while the database answers', async () => {
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });
});

describe.each(DIALECTS)('operating ordergate with a metrics token (%s)', (dialect) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    ({ app } = await operatedApp(database, METRICS_TOKEN));
  });
  afterAll(async () => {
    await app.close();
    await database.destroy();
  });

  it('asks every scraper for the token, on loopback too', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const wrong = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('ordergate_order_verdicts_total');
  });

  it('answers 503 problem+json while the database is closed', async () => {
    await database.close();
    const probe = await app.inject({ method: 'GET', url: '/readyz' });
    expect(probe.statusCode).toBe(503);
    expect(probe.headers['content-type']).toContain('application/problem+json');
    expect(probe.json()).toMatchObject({ status: 503, code: 'not_ready' });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe.each(DIALECTS.filter((dialect) => dialect === 'postgres'))('readiness against a lost server (%s)', () => {
  it('answers 503 while PostgreSQL does not accept connections, and 200 once it does', async () => {
    const database = await createTestDatabase('postgres');
    const { app, services } = await operatedApp(database, null);
    // Nothing listens on port 1: every connection is refused.
    const unreachable = openDatabase({ dialect: 'postgres', url: 'postgres://postgres@127.0.0.1:1/test' });
    let target = unreachable;
    const probed = await buildApp(services, {
      operations: {
        metrics: new OrdergateMetrics(null, { defaultMetrics: false }),
        readiness: () => pingDatabase(target.db),
        metricsToken: null,
      },
    });
    try {
      const refused = await probed.inject({ method: 'GET', url: '/readyz' });
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toMatchObject({ code: 'not_ready' });
      target = database;
      expect((await probed.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await probed.close();
      await app.close();
      await unreachable.close();
      await database.destroy();
    }
  });
});
