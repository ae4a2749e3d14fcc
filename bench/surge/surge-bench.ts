/**
 * `npm run bench:surge`: launch-day load over HTTP. A load generator in its own process submits unique valid orders
 * over keep-alive connections on loopback at rising concurrency against (a) one ordergate process on SQLite and
 * (b) two ordergate processes (`--workers 2`) on a fresh PostgreSQL database, and measures in the same run the
 * baselines: a bare Fastify route (the HTTP ceiling) and the same writes sent straight to each database.
 * Then the current month's buckets are closed at what they hold and the orders keep coming: every one is rejected
 * with its alternatives, as on a launch day whose quota ran out. After each surge it checks that no quota bucket
 * was oversold.
 *
 * BENCH_SURGE_SECONDS (5) per phase after a 1 s warm-up; BENCH_SURGE_LEVELS (16,64,128) requests in flight;
 * BENCH_SURGE_ONLY=sqlite|postgres runs one side; BENCH_SURGE_PROFILE=DIR writes the servers' CPU profiles there;
 * BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/test) is where fresh databases are created.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../../src/adapters/db/migrate.js';
import { openDatabase, type DatabaseTarget } from '../../src/adapters/db/open-database.js';
import { HOLDS_QUOTA_STATUSES } from '../../src/domain/order/order-status.js';
import { monthInZone } from '../../src/domain/shared/clock.js';
import { loadDemo } from '../../src/main/demo/load-demo.js';
import { DEFAULT_POLICIES, createServices } from '../../src/main/wiring.js';
import { postgresDirect, sqliteDirect } from './direct-writes.js';
import type { LoadPhase, LoadResult } from './load-generator.js';
import { SURGE_SALES_USERS } from './order-bodies.js';
import { startProcess, type RunningProcess } from '../../test/support/child-process.js';

const PHASE_SECONDS = Number(process.env.BENCH_SURGE_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const LEVELS = (process.env.BENCH_SURGE_LEVELS ?? '16,64,128').split(',').map(Number);
const ONLY = process.env.BENCH_SURGE_ONLY ?? 'all';
const PROFILE_DIR = process.env.BENCH_SURGE_PROFILE ?? null;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Seconds each direct-to-database baseline runs. */
const DIRECT_SECONDS = 3;
/** Orders per transaction of the batched SQLite baseline: what group commit gathers under this load. */
const DIRECT_BATCH = 64;
const PG_DIRECT_CLIENTS = 8;
const DATA_KEY = randomBytes(32).toString('hex');
const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

interface Row {
  readonly label: string;
  readonly inFlight: number | null;
  readonly perSecond: number;
  readonly latencyMs?: LoadResult['latencyMs'];
  readonly ratios: string;
}

const rows: Row[] = [];
const notes: string[] = [];

class Generator {
  private readonly child: ChildProcess;
  constructor() {
    this.child = fork(join(here, 'load-generator.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  }
  run(phase: LoadPhase): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      this.child.once('message', (message: { result?: LoadResult; error?: string }) =>
        message.result ? resolve(message.result) : reject(new Error(message.error)),
      );
      this.child.send({ phase });
    });
  }
  stop(): void {
    this.child.send({ stop: true });
  }
}

function phase(targets: string[], path: string, tokens: string[], concurrency: number, firstOrder: number): LoadPhase {
  return {
    targets,
    path,
    tokens,
    concurrency,
    warmupMs: WARMUP_SECONDS * 1000,
    durationMs: PHASE_SECONDS * 1000,
    firstOrder,
    paidAt: new Date(Date.now() - 86_400_000).toISOString(),
  };
}

async function login(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Migrates, loads the demo and raises every cap so that each surge order is verified. */
async function prepare(target: DatabaseTarget): Promise<void> {
  const database = openDatabase(target);
  try {
    await migrateToLatest(database.db);
    const services = createServices({ database, dataKey: Buffer.from(DATA_KEY, 'hex'), policies: DEFAULT_POLICIES });
    await loadDemo(database.db, services);
    await database.db.updateTable('quota_buckets').set({ cap: 10_000_000 }).execute();
  } finally {
    await database.close();
  }
}

/** Buckets holding more than their cap, or whose `used` differs from the orders that hold a unit of them. */
async function oversold(target: DatabaseTarget): Promise<{ oversold: number; mismatched: number; orders: number }> {
  const database = openDatabase(target);
  try {
    const buckets = await database.db.selectFrom('quota_buckets').selectAll().execute();
    const holding = await database.db
      .selectFrom('orders')
      .select(['quota_region', 'quota_month', 'quota_model', (eb) => eb.fn.countAll<number>().as('count')])
      .where('status', 'in', [...HOLDS_QUOTA_STATUSES])
      .groupBy(['quota_region', 'quota_month', 'quota_model'])
      .execute();
    const held = new Map(
      holding.map((row) => [`${row.quota_region}/${row.quota_month}/${row.quota_model}`, Number(row.count)]),
    );
    let over = 0;
    let mismatched = 0;
    for (const bucket of buckets) {
      over += Math.max(0, Number(bucket.used) - Number(bucket.cap));
      if ((held.get(`${bucket.region}/${bucket.month}/${bucket.model}`) ?? 0) !== Number(bucket.used)) mismatched++;
    }
    const orders = await database.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return { oversold: over, mismatched, orders: Number(orders.count) };
  } finally {
    await database.close();
  }
}

function profileArgs(name: string): string[] {
  return PROFILE_DIR === null ? [] : ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, name)}`];
}

function startOrdergate(databaseUrl: string, folder: string, workers: number, name: string): Promise<RunningProcess> {
  return startProcess({
    script: join(root, 'src', 'main', 'server.ts'),
    args: workers > 1 ? ['--workers', String(workers)] : [],
    execArgv: profileArgs(name),
    env: {
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ORDERGATE_DATA_KEY: DATA_KEY,
      ORDERGATE_DEMO: 'off',
      LOG_LEVEL: process.env.BENCH_SURGE_LOG_LEVEL ?? 'info',
    },
    logFile: join(folder, `${name}.log`),
    ready: /ordergate is serving (http:\/\/\S+)/,
  });
}

/** The level at which the launch's full buckets are measured: the middle one. */
const FULL_LEVEL = LEVELS[Math.floor(LEVELS.length / 2)] ?? 64;

/**
 * A launch fills its buckets: the current month's caps are set to what they hold (through the API, as an allocator
 * would), then orders keep coming. Each is rejected, with the buckets it could move to and the delay of each.
 */
async function surgeAtCap(label: string, base: string, generator: Generator, firstOrder: number, bare: LoadResult[]) {
  const allocator = await login(base, 'allocator');
  const headers = { authorization: `Bearer ${allocator}`, 'content-type': 'application/json' };
  const month = monthInZone(new Date(), 'Asia/Shanghai');
  const listed = await fetch(`${base}/api/v1/quotas?month=${month}`, { headers });
  const { items } = (await listed.json()) as { items: { region: string; model: string; used: number }[] };
  for (const bucket of items) {
    const closed = await fetch(`${base}/api/v1/quotas`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ region: bucket.region, month, model: bucket.model, cap: bucket.used }),
    });
    if (!closed.ok) throw new Error(`closing ${bucket.region}/${bucket.model}: ${closed.status}`);
  }
  const tokens = await Promise.all(SURGE_SALES_USERS.map((user) => login(base, user)));
  const result = await generator.run(phase([base], '/api/v1/orders', tokens, FULL_LEVEL, firstOrder));
  const ceiling = bare[LEVELS.indexOf(FULL_LEVEL)]?.perSecond;
  rows.push({
    label: `${label}, buckets full`,
    inFlight: FULL_LEVEL,
    perSecond: result.perSecond,
    latencyMs: result.latencyMs,
    ratios: ceiling ? `${(result.perSecond / ceiling).toFixed(2)} of bare` : '',
  });
  const notAnswered = Object.entries(result.statuses).filter(([status]) => status !== '201');
  if (notAnswered.length > 0 || result.failures > 0) {
    notes.push(`${label} with full buckets: statuses ${JSON.stringify(result.statuses)}, ${result.failures} failed`);
  }
}

async function surge(label: string, base: string, generator: Generator, firstOrder: number, bare: LoadResult[]) {
  const tokens = await Promise.all(SURGE_SALES_USERS.map((user) => login(base, user)));
  let next = firstOrder;
  const results: LoadResult[] = [];
  for (const [index, level] of LEVELS.entries()) {
    const result = await generator.run(phase([base], '/api/v1/orders', tokens, level, next));
    next = result.nextOrder;
    results.push(result);
    const notVerified = Object.entries(result.statuses).filter(([status]) => status !== '201');
    if (notVerified.length > 0 || result.failures > 0) {
      notes.push(`${label} at ${level}: statuses ${JSON.stringify(result.statuses)}, ${result.failures} failed`);
    }
    const ceiling = bare[index]?.perSecond;
    rows.push({
      label,
      inFlight: level,
      perSecond: result.perSecond,
      latencyMs: result.latencyMs,
      ratios: ceiling ? `${(result.perSecond / ceiling).toFixed(2)} of bare` : '',
    });
  }
  return { next, results };
}

async function runBare(generator: Generator, folder: string): Promise<LoadResult[]> {
  const server = await startProcess({
    script: join(here, 'bare-server.ts'),
    args: [],
    execArgv: [],
    env: {},
    logFile: join(folder, 'bare.log'),
    ready: /bare fastify is serving (http:\/\/\S+)/,
  });
  const results: LoadResult[] = [];
  try {
    for (const level of LEVELS) {
      const result = await generator.run(phase([server.url], '/bare', ['none'], level, 0));
      results.push(result);
      rows.push({
        label: 'bare Fastify route',
        inFlight: level,
        perSecond: result.perSecond,
        latencyMs: result.latencyMs,
        ratios: '',
      });
    }
  } finally {
    await server.stop();
  }
  return results;
}

async function runSqlite(generator: Generator, folder: string, bare: LoadResult[]): Promise<void> {
  const path = join(folder, 'surge.db');
  await prepare({ dialect: 'sqlite', path });
  const server = await startOrdergate(`sqlite:${path}`, folder, 1, 'sqlite');
  let surgeResults: LoadResult[];
  try {
    let next: number;
    ({ results: surgeResults, next } = await surge('ordergate, SQLite, 1 process', server.url, generator, 0, bare));
    await surgeAtCap('ordergate, SQLite, 1 process', server.url, generator, next, bare);
  } finally {
    const code = await server.stop();
    if (code !== 0) notes.push(`the SQLite server exited ${code} on SIGTERM`);
  }
  const check = await oversold({ dialect: 'sqlite', path });
  const month = monthInZone(new Date(), 'Asia/Shanghai');
  const directPath = join(folder, 'direct.db');
  await prepare({ dialect: 'sqlite', path: directPath });
  const single = sqliteDirect(directPath, month, DIRECT_SECONDS, 1, 0);
  const batched = sqliteDirect(directPath, month, DIRECT_SECONDS, DIRECT_BATCH, single.nextOrder);
  rows.push({
    label: 'raw better-sqlite3, 1 order per transaction',
    inFlight: null,
    perSecond: single.perSecond,
    ratios: '',
  });
  rows.push({
    label: `raw better-sqlite3, ${DIRECT_BATCH} orders per transaction`,
    inFlight: null,
    perSecond: batched.perSecond,
    ratios: '',
  });
  const best = Math.max(...surgeResults.map((result) => result.perSecond));
  notes.push(
    `SQLite: ${check.orders} orders stored, oversold units ${check.oversold}, buckets whose used ≠ orders holding them ` +
      `${check.mismatched}; best ordergate ${best.toFixed(0)}/s = ${(best / single.perSecond).toFixed(2)} × raw 1/tx, ` +
      `${(best / batched.perSecond).toFixed(2)} × raw ${DIRECT_BATCH}/tx`,
  );
}

async function withFreshPostgresDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = `ordergate_surge_${randomBytes(4).toString('hex')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: POSTGRES_URL, max: 1 }) }),
  });
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin);
    await admin.destroy();
  }
}

async function runPostgres(generator: Generator, folder: string, bare: LoadResult[]): Promise<void> {
  const surgeResults = await withFreshPostgresDatabase(async (url) => {
    await prepare({ dialect: 'postgres', url });
    const server = await startOrdergate(url, folder, 2, 'postgres');
    let results: LoadResult[];
    try {
      ({ results } = await surge('ordergate, PostgreSQL, 2 processes', server.url, generator, 0, bare));
    } finally {
      const code = await server.stop();
      if (code !== 0) notes.push(`the PostgreSQL cluster exited ${code} on SIGTERM`);
    }
    const check = await oversold({ dialect: 'postgres', url });
    notes.push(
      `PostgreSQL: ${check.orders} orders stored, oversold units ${check.oversold}, buckets whose used ≠ orders ` +
        `holding them ${check.mismatched}`,
    );
    return results;
  });
  const direct = await withFreshPostgresDatabase(async (url) => {
    await prepare({ dialect: 'postgres', url });
    return postgresDirect(url, monthInZone(new Date(), 'Asia/Shanghai'), DIRECT_SECONDS, PG_DIRECT_CLIENTS, 0);
  });
  rows.push({
    label: `raw pg, ${PG_DIRECT_CLIENTS} clients, 1 order per transaction`,
    inFlight: null,
    perSecond: direct.perSecond,
    ratios: '',
  });
  const best = Math.max(...surgeResults.map((result) => result.perSecond));
  notes.push(`PostgreSQL: best ordergate ${best.toFixed(0)}/s = ${(best / direct.perSecond).toFixed(2)} × raw pg`);
}

function print(): void {
  const number = (value: number) => Math.round(value).toLocaleString('en-US');
  const ms = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
  console.log(
    `\nsurge: ${PHASE_SECONDS} s per phase after ${WARMUP_SECONDS} s of warm-up; load generator in its own process, ` +
      'loopback, keep-alive; SQLite synchronous=FULL, PostgreSQL synchronous_commit=on\n',
  );
  console.log(
    `${'what'.padEnd(48)}${'in flight'.padStart(10)}${'per second'.padStart(12)}${'p50 ms'.padStart(9)}` +
      `${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}  ratio`,
  );
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(48)}${(row.inFlight === null ? '' : String(row.inFlight)).padStart(10)}` +
        `${number(row.perSecond).padStart(12)}${ms(row.latencyMs?.p50).padStart(9)}${ms(row.latencyMs?.p95).padStart(9)}` +
        `${ms(row.latencyMs?.p99).padStart(9)}  ${row.ratios}`,
    );
  }
  console.log('');
  for (const note of notes) console.log(note);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-surge-'));
  const generator = new Generator();
  const started = performance.now();
  try {
    const bare = await runBare(generator, folder);
    if (ONLY === 'all' || ONLY === 'sqlite') await runSqlite(generator, folder, bare);
    if (ONLY === 'all' || ONLY === 'postgres') await runPostgres(generator, folder, bare);
  } finally {
    generator.stop();
    if (process.env.BENCH_SURGE_KEEP) console.log(`logs kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
  print();
  console.log(`\nthe whole bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
