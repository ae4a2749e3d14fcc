/**
 * The surge's database baselines: the statements ordergate issues for one verified order — take an order number,
 * read the bucket, count the buyer's other active orders, take a quota unit by conditional update, insert the
 * order, its two events and its outbox message — sent straight to the database, no HTTP, no application code.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { residentId } from './order-bodies.js';

export interface DirectResult {
  readonly orders: number;
  readonly perSecond: number;
}

/** What ordergate stores as an order's verification: five checks with their codes and messages. */
const VERIFICATION = JSON.stringify({
  decision: 'verified',
  decidedBy: 'system',
  checks: ['completeness', 'buildability', 'quota', 'materials', 'special'].map((check) => ({
    check,
    result: 'pass',
    code: 'ok',
    message: `The ${check} check passed.`,
    path: null,
  })),
});

const ACTIVE = "('submitted','verified','postponed','manual_review','scheduled','in_production','shipped')";

/** One bucket per (region, model): the same spread as the HTTP surge. */
const BUCKETS = ['EAST', 'NORTH', 'SOUTH', 'WEST'].flatMap((region) =>
  ['E7', 'C3'].map((model) => ({ region, model })),
);

function orderValues(n: number, serial: number, month: string) {
  const bucket = BUCKETS[n % BUCKETS.length] as { region: string; model: string };
  const at = new Date().toISOString();
  return {
    id: `direct-${n}`,
    orderNo: `SO-2026-${String(serial).padStart(6, '0')}`,
    phone: `139${String(n).padStart(8, '0')}`,
    idNumber: residentId(n),
    idHash: `hash-${n}`,
    at,
    month,
    ...bucket,
  };
}

const ORDER_COLUMNS = `id, order_no, dealer_code, region, status, customer_name, customer_phone, customer_id_type,
  customer_id_number, customer_id_hash, customer_language, model, trim, options, special_reason, list_price_cents,
  locked_price_cents, price_cents, deposit_amount_cents, deposit_paid_at, deposit_reference, verification, decided_at,
  quota_region, quota_month, quota_model, quota_reserved, reserved_parts, last_event_seq, created_by, created_at,
  updated_at, version`;

/** SQLite in WAL mode with synchronous=FULL, `batchSize` orders per transaction, for `seconds`. */
export function sqliteDirect(path: string, month: string, seconds: number, batchSize: number, firstOrder: number) {
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const serial = db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'order_serial' RETURNING value");
  const findBucket = db.prepare('SELECT * FROM quota_buckets WHERE region = ? AND month = ? AND model = ?');
  const countActive = db.prepare(
    `SELECT count(*) AS count FROM orders WHERE customer_id_hash = ? AND model = ? AND status IN ${ACTIVE}`,
  );
  const reserve = db.prepare(
    'UPDATE quota_buckets SET used = used + 1 WHERE region = ? AND month = ? AND model = ? AND used < cap',
  );
  const insertOrder = db.prepare(`INSERT INTO orders (${ORDER_COLUMNS}) VALUES (?, ?, 'SH001', ?, 'verified', '王五',
    ?, 'resident_id', ?, ?, 'zh-CN', ?, 'LR', '["PAINT-WHITE","INT-BLACK","WHEEL-19"]', NULL, 30000000, 30000000,
    30000000, 500000, '2026-01-02T10:00:00+08:00', 'PAY', ?, ?, ?, ?, ?, 1, '[]', 2, 'bench', ?, ?, 1)`);
  const insertEvents = db.prepare(
    "INSERT INTO order_events VALUES (?, 1, 'submitted', ?, 'bench', '{}'), (?, 2, 'verified', ?, 'system', '{}')",
  );
  const insertOutbox = db.prepare(`INSERT INTO outbox (id, dedup_key, order_id, channel, recipient, template,
    language, payload, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 'sms', ?, 'order_verified',
    'zh-CN', '{"orderNo":"SO"}', 'queued', 0, ?, ?) ON CONFLICT (dedup_key) DO NOTHING`);
  const writeOne = (n: number) => {
    const value = (serial.get() as { value: number }).value;
    const order = orderValues(n, value, month);
    findBucket.get(order.region, month, order.model);
    countActive.get(order.idHash, order.model);
    if (reserve.run(order.region, month, order.model).changes !== 1) throw new Error('baseline bucket full');
    insertOrder.run(
      order.id,
      order.orderNo,
      order.region,
      order.phone,
      order.idNumber,
      order.idHash,
      order.model,
      VERIFICATION,
      order.at,
      order.region,
      month,
      order.model,
      order.at,
      order.at,
    );
    insertEvents.run(order.id, order.at, order.id, order.at);
    insertOutbox.run(`message-${n}`, `sms:${order.id}`, order.id, order.phone, order.at, order.at);
  };
  const writeBatch = db.transaction((first: number) => {
    for (let n = first; n < first + batchSize; n++) writeOne(n);
  });
  let n = firstOrder;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    writeBatch(n);
    n += batchSize;
  }
  const elapsed = (performance.now() - started) / 1000;
  db.close();
  return { orders: n - firstOrder, perSecond: (n - firstOrder) / elapsed, nextOrder: n };
}

/** PostgreSQL with synchronous_commit on: `clients` connections, one transaction per order each, for `seconds`. */
export async function postgresDirect(url: string, month: string, seconds: number, clients: number, firstOrder: number) {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  let next = firstOrder;
  let orders = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async (client: pg.Client) => {
    while (performance.now() < until) {
      const n = next++;
      await client.query('BEGIN');
      const value = Number((await client.query("SELECT nextval('order_serial') AS value")).rows[0].value);
      const order = orderValues(n, value, month);
      await client.query('SELECT * FROM quota_buckets WHERE region = $1 AND month = $2 AND model = $3', [
        order.region,
        month,
        order.model,
      ]);
      await client.query(
        `SELECT count(*) AS count FROM orders WHERE customer_id_hash = $1 AND model = $2 AND status IN ${ACTIVE}`,
        [order.idHash, order.model],
      );
      const reserved = await client.query(
        'UPDATE quota_buckets SET used = used + 1 WHERE region = $1 AND month = $2 AND model = $3 AND used < cap',
        [order.region, month, order.model],
      );
      if (reserved.rowCount !== 1) throw new Error('baseline bucket full');
      await client.query(
        `INSERT INTO orders (${ORDER_COLUMNS}) VALUES ($1, $2, 'SH001', $3, 'verified', '王五', $4, 'resident_id', $5,
        $6, 'zh-CN', $7, 'LR', '["PAINT-WHITE","INT-BLACK","WHEEL-19"]', NULL, 30000000, 30000000, 30000000, 500000,
        '2026-01-02T10:00:00+08:00', 'PAY', $8, $9, $3, $10, $7, 1, '[]', 2, 'bench', $9, $9, 1)`,
        [
          order.id,
          order.orderNo,
          order.region,
          order.phone,
          order.idNumber,
          order.idHash,
          order.model,
          VERIFICATION,
          order.at,
          month,
        ],
      );
      await client.query(
        "INSERT INTO order_events VALUES ($1, 1, 'submitted', $2, 'bench', '{}'), ($1, 2, 'verified', $2, 'system', '{}')",
        [order.id, order.at],
      );
      await client.query(
        `INSERT INTO outbox (id, dedup_key, order_id, channel, recipient, template, language, payload, status, attempts,
        next_attempt_at, created_at) VALUES ($1, $2, $3, 'sms', $4, 'order_verified', 'zh-CN', '{"orderNo":"SO"}',
        'queued', 0, $5, $5) ON CONFLICT (dedup_key) DO NOTHING`,
        [`message-${n}`, `sms:${order.id}`, order.id, order.phone, order.at],
      );
      await client.query('COMMIT');
      orders++;
    }
  };
  await Promise.all(connections.map(loop));
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(connections.map((client) => client.end()));
  return { orders, perSecond: orders / elapsed, nextOrder: next };
}
