/**
 * `npm run bench`: orders submitted and verified per second in-process, against the baseline measured in the same
 * run: the same writes (insert order, conditional quota update, order event, outbox row) issued straight to
 * better-sqlite3, one transaction per order. Both use a file database in WAL mode with synchronous=FULL.
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../src/application/actor.js';
import { submitOrder } from '../src/application/commands/submit-order.js';
import { GroupCommitRunner } from '../src/adapters/db/group-commit-runner.js';
import { migrateToLatest } from '../src/adapters/db/migrate.js';
import { openDatabase } from '../src/adapters/db/open-database.js';
import { residentIdCheckCharacter } from '../src/domain/identity/resident-id.js';
import { loadDemo } from '../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../src/main/wiring.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 6_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const SALES: Actor = { userId: 'bench', username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' };

function residentId(n: number): string {
  const day = new Date(Date.UTC(1980, 0, 1) + Math.floor(n / 1000) * 86_400_000);
  const first17 = `310115${day.toISOString().slice(0, 10).replaceAll('-', '')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

function draft(n: number) {
  return {
    customer: {
      name: '王五',
      phone: `139${String(n).padStart(8, '0')}`,
      idType: 'resident_id' as const,
      idNumber: residentId(n),
      language: 'zh-CN' as const,
    },
    vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19'] },
    deposit: { amountCents: 500_000, paidAt: '2026-01-02T10:00:00+08:00', reference: `PAY-${n}` },
    special: null,
  };
}

async function measureOrdergate(folder: string) {
  const database = openDatabase({ dialect: 'sqlite', path: join(folder, 'ordergate.db') });
  await migrateToLatest(database.db);
  const services = createServices({ database, dataKey: Buffer.alloc(32, 1), policies: DEFAULT_POLICIES });
  await loadDemo(database.db, services);
  await database.db.updateTable('quota_buckets').set({ cap: 10_000_000 }).execute();
  let next = 0;
  let verified = 0;
  const worker = async () => {
    while (next < ORDERS) {
      const n = next++;
      const { order } = await submitOrder(services, SALES, 'SH001', draft(n), null);
      if (order.status === 'verified') verified++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const stats = (services.runner as GroupCommitRunner).stats;
  await database.close();
  if (verified !== ORDERS) throw new Error(`only ${verified} of ${ORDERS} orders were verified`);
  return { perSecond: ORDERS / seconds, averageBatch: stats.transactions / stats.batches };
}

async function measureBaseline(folder: string) {
  const path = join(folder, 'baseline.db');
  const setup = openDatabase({ dialect: 'sqlite', path });
  await migrateToLatest(setup.db);
  await setup.close();
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.prepare("INSERT INTO regions VALUES ('EAST', 'East', 'Asia/Shanghai')").run();
  db.prepare("INSERT INTO dealers VALUES ('SH001', 'Shanghai', 'EAST', '021', 'Shanghai', '[\"E7\"]')").run();
  db.prepare("INSERT INTO quota_buckets VALUES ('EAST', '2026-12', 'E7', 10000000, 0)").run();
  const insertOrder = db.prepare(`INSERT INTO orders (id, order_no, dealer_code, region, status, customer_name,
    customer_phone, customer_id_type, customer_id_number, customer_id_hash, customer_language, model, trim, options,
    list_price_cents, price_cents, deposit_amount_cents, deposit_paid_at, deposit_reference, quota_region, quota_month,
    quota_model, quota_reserved, reserved_parts, last_event_seq, created_by, created_at, updated_at, version)
    VALUES (?, ?, 'SH001', 'EAST', 'verified', '王五', ?, 'resident_id', ?, ?, 'zh-CN', 'E7', 'LR', '[]', 1, 1, 500000,
    '2026-01-02', 'PAY', 'EAST', '2026-12', 'E7', 1, '[]', 1, 'bench', ?, ?, 1)`);
  const reserve = db.prepare(
    "UPDATE quota_buckets SET used = used + 1 WHERE region = 'EAST' AND month = '2026-12' AND model = 'E7' AND used < cap",
  );
  const insertEvent = db.prepare("INSERT INTO order_events VALUES (?, 1, 'verified', ?, 'system', '{}')");
  const insertOutbox = db.prepare(`INSERT INTO outbox (id, dedup_key, order_id, channel, recipient, template, language,
    payload, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 'sms', ?, 'order_verified', 'zh-CN', '{}',
    'queued', 0, ?, ?)`);
  const write = db.transaction((n: number) => {
    const id = `order-${n}`;
    const at = new Date().toISOString();
    insertOrder.run(id, `SO-2026-${n}`, `139${n}`, residentId(n), `hash-${n}`, at, at);
    if (reserve.run().changes !== 1) throw new Error('baseline bucket full');
    insertEvent.run(id, at);
    insertOutbox.run(`message-${n}`, `sms:${id}`, id, `139${n}`, at, at);
  });
  const started = performance.now();
  for (let n = 0; n < ORDERS; n++) write(n);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { perSecond: ORDERS / seconds };
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-bench-'));
  try {
    const baseline = await measureBaseline(folder);
    const ordergate = await measureOrdergate(folder);
    const ratio = ordergate.perSecond / baseline.perSecond;
    const memoryMiB = process.memoryUsage().rss / 1024 / 1024;
    console.log(`orders: ${ORDERS}, ordergate concurrency: ${CONCURRENCY}, SQLite WAL synchronous=FULL`);
    console.log(`baseline  (raw better-sqlite3, 1 transaction per order): ${baseline.perSecond.toFixed(0)} orders/s`);
    console.log(
      `ordergate (submit + five checks + reservations, group commit): ${ordergate.perSecond.toFixed(0)} orders/s` +
        ` (average batch ${ordergate.averageBatch.toFixed(1)} orders)`,
    );
    console.log(`ratio ordergate / baseline: ${ratio.toFixed(2)}`);
    console.log(`resident memory at the end: ${memoryMiB.toFixed(0)} MiB`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
