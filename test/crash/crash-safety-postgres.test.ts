import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/adapters/db/open-database.js';
import { startProcess, type RunningProcess } from '../support/child-process.js';
import {
  expectAcknowledgedOrdersKept,
  expectEachMessageOnce,
  expectOneOrderPerKey,
  expectQuotaInStep,
} from '../support/crash-checks.js';
import { resend, signIn, Surge, type Outcome } from '../support/surge-client.js';
import { DIALECTS, POSTGRES_URL } from '../support/test-database.js';

/**
 * Two ordergate processes (`--workers 2`) on one PostgreSQL database; in the middle of a surge one worker, then the
 * other, is killed with SIGKILL. The primary starts new workers and the surge goes on through whichever serves.
 * Afterwards the same promises hold as on SQLite, and the whole cluster stops cleanly on SIGTERM.
 */

const WORKERS = 2;
/** The surge's acknowledged orders at which a worker is killed (each once the last one's successor serves). */
const KILL_AT = [150, 300];
/** Acknowledged orders after the last kill before the surge ends. */
const ACKNOWLEDGED_AFTER_KILLS = 150;
const root = fileURLToPath(new URL('../..', import.meta.url));

function workerPids(primary: number): number[] {
  const output = execFileSync('ps', ['-o', 'pid=', '--ppid', String(primary)], { encoding: 'utf8' });
  return output
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
}

/** A condition the cluster should reach soon; waiting longer than this is a failure worth its own message. */
const REACH_WITHIN_MS = 150_000;

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + REACH_WITHIN_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`the cluster did not reach this in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(DIALECTS.filter((dialect) => dialect === 'postgres'))(
  'a cluster losing workers in the middle of a surge (%s, 2 processes)',
  () => {
    const folder = mkdtempSync(join(tmpdir(), 'ordergate-cluster-crash-'));
    const logFile = join(folder, 'cluster.log');
    const name = `ordergate_crash_${randomBytes(4).toString('hex')}`;
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    const surge = new Surge(`cluster-${randomBytes(3).toString('hex')}`);
    let retried = new Map<number, Outcome>();
    let exitCode: number | null = null;
    const killed: number[] = [];
    let database: OpenDatabase;
    let running: RunningProcess | null = null;

    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };

    beforeAll(async () => {
      await admin(`CREATE DATABASE ${name}`);
      const cluster: RunningProcess = await startProcess({
        script: join(root, 'src', 'main', 'server.ts'),
        args: ['--workers', String(WORKERS)],
        execArgv: [],
        env: {
          DATABASE_URL: url.toString(),
          PORT: '0',
          HOST: '127.0.0.1',
          ORDERGATE_DATA_KEY: 'cd'.repeat(32),
          ORDERGATE_DEMO: 'on',
          LOG_LEVEL: 'warn',
        },
        logFile,
        ready: /ordergate is serving (http:\/\/\S+) with 2 processes/,
      });
      running = cluster;
      const tokens = await signIn(cluster.url);
      const serving = () => readFileSync(logFile, 'utf8').match(/ordergate worker \d+ is serving/g)?.length ?? 0;
      let acknowledgedAtLastKill: number | null = null;
      const chaos = async () => {
        for (const at of KILL_AT) {
          await until(
            () => surge.acknowledged() >= at && serving() === WORKERS + killed.length,
            `${at} orders acknowledged and every worker serving`,
          );
          const victim = workerPids(cluster.pid)[0];
          if (victim === undefined) throw new Error('no worker to kill');
          killed.push(victim);
          process.kill(victim, 'SIGKILL');
        }
        acknowledgedAtLastKill = surge.acknowledged();
      };
      await Promise.all([
        chaos(),
        surge.run(
          cluster.url,
          tokens,
          () =>
            acknowledgedAtLastKill !== null &&
            surge.acknowledged() >= acknowledgedAtLastKill + ACKNOWLEDGED_AFTER_KILLS,
          false,
        ),
      ]);
      await until(() => serving() === WORKERS + killed.length, 'a successor serving for every worker killed');
      retried = await resend(surge, cluster.url, tokens);
      exitCode = await cluster.stop();
      database = openDatabase({ dialect: 'postgres', url: url.toString() });
    }, 400_000);

    afterAll(async () => {
      await running?.kill();
      await database?.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(folder, { recursive: true, force: true });
    });

    it('started a new worker for each one killed and stopped all of them cleanly on SIGTERM', () => {
      expect(killed).toHaveLength(KILL_AT.length);
      const log = readFileSync(logFile, 'utf8');
      for (const pid of killed) expect(log).toContain(`worker ${pid} ended (SIGKILL); starting another`);
      expect(exitCode).toBe(0);
    });

    it('keeps every order it acknowledged, with its events', async () => {
      await expectAcknowledgedOrdersKept(database.db, [...surge.outcomes.values(), ...retried.values()]);
    });

    it("keeps every quota bucket's use equal to the orders holding a unit of it, and within its cap", async () => {
      await expectQuotaInStep(database.db);
    });

    it('queues each customer message once', async () => {
      await expectEachMessageOnce(database.db);
    });

    it('answers a request whose answer was lost with its one order when sent again with the same key', async () => {
      await expectOneOrderPerKey(database.db, surge, retried);
    });
  },
);

describe('asking for several processes on SQLite', () => {
  it('refuses to start, and says why', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ordergate-workers-'));
    try {
      await expect(
        startProcess({
          script: join(root, 'src', 'main', 'server.ts'),
          args: ['--workers', '2'],
          execArgv: [],
          env: {
            DATABASE_URL: `sqlite:${join(folder, 'ordergate.db')}`,
            PORT: '0',
            ORDERGATE_DATA_KEY: 'ef'.repeat(32),
          },
          logFile: join(folder, 'refused.log'),
          ready: /ordergate is serving (http:\/\/\S+)/,
        }),
      ).rejects.toThrow(/--workers 2 needs PostgreSQL/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
