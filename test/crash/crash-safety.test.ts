import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLDS_QUOTA_STATUSES } from '../../src/domain/order/order-status.js';
import { CUSTOMER_MESSAGE_TEMPLATES, customerMessageKey } from '../../src/domain/notification/customer-messages.js';
import type { OrderStatus } from '../../src/domain/order/order-status.js';
import { orderBody, SURGE_SALES_USERS } from '../../bench/surge/order-bodies.js';
import { startProcess, type RunningProcess } from '../support/child-process.js';

/**
 * The real server on a SQLite file, killed with SIGKILL in the middle of a surge of submissions, three times, and
 * started again each time. Afterwards nothing acknowledged is missing, no quota is out of step with its orders,
 * no message is queued twice, and a request whose answer was lost, sent again with its Idempotency-Key, finds its
 * order — or creates it, once.
 */

const KILLS = 3;
/** Requests kept in flight by the surge. */
const IN_FLIGHT = 24;
/** Each round's acknowledged orders before the kill: enough that the kill lands in the middle of the surge. */
const ACKNOWLEDGED_BEFORE_KILL = 300;
const root = fileURLToPath(new URL('../..', import.meta.url));

interface Outcome {
  /** The order id of a 201, or null when the answer never came. */
  orderId: string | null;
  status: number | null;
  replayed: boolean;
}

/** Every this-many-th submission is abandoned by its client once sent: its answer is lost, its order is not. */
const ABANDON_EVERY = 10;
/** How long an abandoning client waits after sending before it hangs up (the request is on the wire by then). */
const ABANDON_AFTER_MS = 3;

function post(
  base: string,
  agent: http.Agent,
  path: string,
  token: string | null,
  body: string,
  key?: string,
  abandon = false,
) {
  return new Promise<{ status: number; body: string; replayed: boolean }>((resolve, reject) => {
    const url = new URL(path, base);
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(key ? { 'idempotency-key': key } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: text,
            replayed: response.headers['idempotent-replayed'] === 'true',
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
    if (abandon) setTimeout(() => request.destroy(new Error('abandoned by the client')), ABANDON_AFTER_MS);
  });
}

class Surge {
  readonly outcomes = new Map<number, Outcome>();
  private next = 0;
  readonly paidAt = new Date(Date.now() - 86_400_000).toISOString();

  constructor(private readonly prefix: string) {}

  key(n: number): string {
    return `${this.prefix}-${n}`;
  }

  /** Submits new orders until `stop` says so; a request whose connection dies is recorded as unanswered. */
  async run(base: string, tokens: readonly string[], stop: (acknowledged: number) => boolean): Promise<void> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    let acknowledged = 0;
    let ended = false;
    const user = async () => {
      while (!ended) {
        const n = this.next++;
        const abandon = n % ABANDON_EVERY === ABANDON_EVERY - 1;
        const outcome = await this.submit(base, agent, tokens, n, abandon);
        this.outcomes.set(n, outcome);
        if (outcome.orderId !== null) acknowledged++;
        // A connection that died without the client hanging up means the server is gone: this user stops.
        if ((outcome.status === null && !abandon) || stop(acknowledged)) ended = true;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, user));
    agent.destroy();
  }

  async submit(
    base: string,
    agent: http.Agent,
    tokens: readonly string[],
    n: number,
    abandon = false,
  ): Promise<Outcome> {
    try {
      const token = tokens[n % tokens.length] ?? null;
      const answer = await post(base, agent, '/api/v1/orders', token, orderBody(n, this.paidAt), this.key(n), abandon);
      const orderId = answer.status === 201 ? (JSON.parse(answer.body) as { id: string }).id : null;
      return { orderId, status: answer.status, replayed: answer.replayed };
    } catch {
      return { orderId: null, status: null, replayed: false };
    }
  }
}

async function signIn(base: string): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: false });
  const tokens = [];
  for (const username of SURGE_SALES_USERS) {
    const answer = await post(
      base,
      agent,
      '/api/v1/auth/login',
      null,
      JSON.stringify({ username, password: 'demo1234' }),
    );
    if (answer.status !== 200) throw new Error(`login ${username}: ${answer.status} ${answer.body}`);
    tokens.push((JSON.parse(answer.body) as { token: string }).token);
  }
  return tokens;
}

describe('an ordergate killed in the middle of a surge (SQLite, real server process)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-crash-'));
  const databasePath = join(folder, 'ordergate.db');
  const surge = new Surge(`crash-${randomBytes(3).toString('hex')}`);
  const retried = new Map<number, Outcome>();
  let server: RunningProcess | null = null;
  let exitCode: number | null = null;
  let rounds = 0;

  const start = () =>
    startProcess({
      script: join(root, 'src', 'main', 'server.ts'),
      args: [],
      execArgv: [],
      env: {
        DATABASE_URL: `sqlite:${databasePath}`,
        PORT: '0',
        HOST: '127.0.0.1',
        ORDERGATE_DATA_KEY: 'ab'.repeat(32),
        ORDERGATE_DEMO: 'on',
        LOG_LEVEL: 'warn',
      },
      logFile: join(folder, `server-${rounds++}.log`),
      ready: /ordergate is serving (http:\/\/\S+)/,
    });

  beforeAll(async () => {
    for (let kill = 0; kill < KILLS; kill++) {
      server = await start();
      const tokens = await signIn(server.url);
      const running = server;
      const before = [...surge.outcomes.values()].filter((outcome) => outcome.orderId !== null).length;
      await surge.run(running.url, tokens, (acknowledged) => {
        if (acknowledged === ACKNOWLEDGED_BEFORE_KILL) void running.kill();
        return false;
      });
      expect([...surge.outcomes.values()].filter((outcome) => outcome.orderId !== null).length).toBeGreaterThan(before);
    }
    // After the last crash: send every unanswered request again, with its key, then stop the server cleanly.
    server = await start();
    const tokens = await signIn(server.url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    for (const [n, outcome] of surge.outcomes) {
      if (outcome.status === null) retried.set(n, await surge.submit(server.url, agent, tokens, n));
    }
    agent.destroy();
    exitCode = await server.stop();
  }, 90_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const read = <T>(query: (db: BetterSqlite3.Database) => T): T => {
    const db = new BetterSqlite3(databasePath, { readonly: true });
    try {
      return query(db);
    } finally {
      db.close();
    }
  };

  it('lost the answers of requests in flight at each kill and of abandoned ones, and stopped cleanly on SIGTERM', () => {
    expect([...surge.outcomes.values()].filter((outcome) => outcome.status === null).length).toBeGreaterThanOrEqual(
      KILLS,
    );
    expect(exitCode).toBe(0);
  });

  it('keeps every order it acknowledged, with its events', () => {
    const acknowledged = [...surge.outcomes.values(), ...retried.values()].flatMap((outcome) =>
      outcome.orderId === null ? [] : [outcome.orderId],
    );
    const stored = read((db) => {
      const orders = db.prepare('SELECT id, last_event_seq FROM orders').all() as {
        id: string;
        last_event_seq: number;
      }[];
      const events = db
        .prepare('SELECT order_id, count(*) AS count, max(seq) AS last FROM order_events GROUP BY order_id')
        .all() as {
        order_id: string;
        count: number;
        last: number;
      }[];
      return {
        orders: new Map(orders.map((order) => [order.id, order.last_event_seq])),
        events: new Map(events.map((row) => [row.order_id, row])),
      };
    });
    for (const id of acknowledged) {
      expect(stored.orders.has(id)).toBe(true);
      const events = stored.events.get(id);
      expect(events?.count).toBe(stored.orders.get(id));
      expect(events?.last).toBe(stored.orders.get(id));
      expect(events?.count).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps every quota bucket's use equal to the orders holding a unit of it, and within its cap", () => {
    const buckets = read((db) => {
      const holding = [...HOLDS_QUOTA_STATUSES].map(() => '?').join(', ');
      return db
        .prepare(
          `SELECT b.region, b.month, b.model, b.cap, b.used,
             (SELECT count(*) FROM orders o WHERE o.quota_region = b.region AND o.quota_month = b.month
               AND o.quota_model = b.model AND o.status IN (${holding})) AS holding
           FROM quota_buckets b`,
        )
        .all(...HOLDS_QUOTA_STATUSES) as { cap: number; used: number; holding: number }[];
    });
    expect(buckets.reduce((sum, bucket) => sum + bucket.used, 0)).toBeGreaterThan(0);
    for (const bucket of buckets) {
      expect(bucket.used).toBe(bucket.holding);
      expect(bucket.used).toBeLessThanOrEqual(bucket.cap);
    }
  });

  it('queues each customer message once: one outbox row per deduplication key, and one for each order that needs it', () => {
    const { rows, distinctKeys, orders } = read((db) => ({
      rows: (db.prepare('SELECT count(*) AS count FROM outbox').get() as { count: number }).count,
      distinctKeys: (db.prepare('SELECT count(DISTINCT dedup_key) AS count FROM outbox').get() as { count: number })
        .count,
      orders: db
        .prepare(
          'SELECT o.id, o.status, o.version, (SELECT count(*) FROM outbox m WHERE m.order_id = o.id) AS messages FROM orders o',
        )
        .all() as {
        id: string;
        status: OrderStatus;
        version: number;
        messages: number;
      }[],
    }));
    expect(rows).toBe(distinctKeys);
    const keys = new Set(
      read((db) =>
        (db.prepare('SELECT dedup_key FROM outbox').all() as { dedup_key: string }[]).map((row) => row.dedup_key),
      ),
    );
    for (const order of orders) {
      const needsMessage = CUSTOMER_MESSAGE_TEMPLATES[order.status] !== undefined;
      expect(order.messages).toBe(needsMessage ? 1 : 0);
      if (needsMessage) expect(keys.has(customerMessageKey(order.id, order.status, order.version))).toBe(true);
    }
  });

  it('answers a request whose answer was lost with its one order when sent again with the same key', () => {
    const keys = read(
      (db) => db.prepare('SELECT key, order_id FROM idempotency_keys').all() as { key: string; order_id: string }[],
    );
    const orderOfKey = new Map(keys.map((row) => [row.key, row.order_id]));
    const orderCount = read(
      (db) => (db.prepare('SELECT count(*) AS count FROM orders').get() as { count: number }).count,
    );
    // Every order came with a key, and no key has two orders.
    expect(orderCount).toBe(keys.length);
    expect(new Set(keys.map((row) => row.order_id)).size).toBe(keys.length);
    expect(retried.size).toBeGreaterThanOrEqual(KILLS);
    for (const [n, outcome] of retried) {
      expect(outcome.status).toBe(201);
      expect(outcome.orderId).toBe(orderOfKey.get(surge.key(n)));
    }
    // The abandoned requests had committed: sent again, they are answered with their order, not a new one.
    expect([...retried.values()].filter((outcome) => outcome.replayed).length).toBeGreaterThan(0);
    for (const [n, outcome] of surge.outcomes) {
      if (outcome.orderId !== null) expect(orderOfKey.get(surge.key(n))).toBe(outcome.orderId);
    }
  });
});
