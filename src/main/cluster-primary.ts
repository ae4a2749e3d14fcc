import cluster, { type Worker } from 'node:cluster';
import { migrateToLatest } from '../adapters/db/migrate.js';
import { openDatabase, parseDatabaseUrl } from '../adapters/db/open-database.js';
import type { Config } from '../config/config.js';
import { serveClusterMetrics } from './cluster-metrics.js';
import { resolveDataKey } from './data-key.js';
import { loadDemo } from './demo/load-demo.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users.js';
import { SHUTDOWN_DEADLINE_MS } from './graceful-shutdown.js';
import { DEFAULT_POLICIES, createServices } from './wiring.js';

/** A worker that dies is started again, but not more often than this per minute: a crash loop stops the cluster. */
const MAX_RESTARTS_PER_MINUTE = 10;

/** The primary waits this much longer than a worker's own shutdown deadline before it kills what is left. */
const PRIMARY_GRACE_MS = 2_000;

/**
 * The primary of `--workers N`: it migrates the database and loads the demo once, then forks N workers that serve
 * the same port (the kernel hands each connection to one of them). It restarts a worker that dies, and on SIGTERM
 * passes the signal on and waits for every worker to finish its requests.
 */
export async function runPrimary(config: Config): Promise<void> {
  const target = parseDatabaseUrl(config.databaseUrl);
  if (target.dialect === 'sqlite') {
    throw new Error(
      `--workers ${config.workers} needs PostgreSQL (DATABASE_URL=postgres://…): SQLite has one writer, and one ` +
        'process already gathers concurrent orders into one commit (group commit). Run one process on SQLite.',
    );
  }
  const dataKey = resolveDataKey(config);
  const database = openDatabase(target);
  let demoLoaded = false;
  try {
    await migrateToLatest(database.db);
    if (config.demo) {
      const services = createServices({ database, dataKey, policies: DEFAULT_POLICIES });
      demoLoaded = await loadDemo(database.db, services);
    }
  } finally {
    await database.close();
  }
  serveClusterMetrics();
  superviseWorkers(config, demoLoaded);
}

function superviseWorkers(config: Config, demoLoaded: boolean): void {
  let stopping = false;
  const restarts: number[] = [];
  let listening = 0;
  const fork = () => cluster.fork();
  let announced = false;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening !== config.workers || announced) return;
    announced = true;
    const url = `http://${config.host}:${address.port}`;
    process.stdout.write(
      `\nordergate is serving ${url} with ${config.workers} processes (API document: ${url}/docs)\n`,
    );
    if (config.demo) {
      process.stdout.write(demoLoaded ? 'The demo was loaded into the empty database.\n' : 'Demo data is in place.\n');
      process.stdout.write(
        `Demo users (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((user) => user.username).join(', ')}\n`,
      );
    }
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && (restarts[0] ?? now) < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      process.stderr.write(`ordergate: workers keep dying (${restarts.length} in a minute); stopping\n`);
      void stop('crash loop', 1);
      return;
    }
    process.stderr.write(`ordergate: worker ${worker.process.pid} ended (${signal ?? code}); starting another\n`);
    listening -= 1;
    fork();
  });
  const stop = async (reason: string, failureCode = 0) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`ordergate: ${reason}: stopping ${Object.keys(cluster.workers ?? {}).length} workers\n`);
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    const deadline = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS + PRIMARY_GRACE_MS);
    deadline.unref();
    const codes = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<number>((resolve) => {
            if (worker.isDead()) return resolve(worker.process.exitCode ?? 1);
            worker.once('exit', (code: number | null) => resolve(code ?? 1));
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    clearTimeout(deadline);
    process.exit(failureCode !== 0 || codes.some((code) => code !== 0) ? 1 : 0);
  };
  // `on`, not `once`: a second signal (a service manager signals every process of the group) must not kill the
  // primary halfway through; `stop` runs once.
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  for (let index = 0; index < config.workers; index++) fork();
}
