import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * The real server on a SQLite file, killed with SIGKILL in the middle of a surge of submissions, three times, and
 * started again each time. Afterwards nothing acknowledged is missing, no quota is out of step with its orders,
 * no message is queued twice, and a request whose answer was lost, sent again with its Idempotency-Key, finds its
 * order — or creates it, once.
 */

const KILLS = 3;
/** Each round's acknowledged orders before the kill: enough that the kill lands in the middle of the surge. */
const ACKNOWLEDGED_BEFORE_KILL = 300;
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('an ordergate killed in the middle of a surge (SQLite, real server process)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-crash-'));
  const databasePath = join(folder, 'ordergate.db');
  const surge = new Surge(`crash-${randomBytes(3).toString('hex')}`);
  let retried = new Map<number, Outcome>();
  let exitCode: number | null = null;
  let rounds = 0;
  let database: OpenDatabase;
  let running: RunningProcess | null = null;

  const start = async () =>
    (running = await startProcess({
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
    }));

  beforeAll(async () => {
    for (let kill = 0; kill < KILLS; kill++) {
      const server: RunningProcess = await start();
      const tokens = await signIn(server.url);
      await surge.run(
        server.url,
        tokens,
        (acknowledged) => {
          if (acknowledged === ACKNOWLEDGED_BEFORE_KILL) void server.kill();
          return false;
        },
        true,
      );
    }
    // After the last crash: send every unanswered request again, with its key, then stop the server cleanly.
    const server = await start();
    retried = await resend(surge, server.url, await signIn(server.url));
    exitCode = await server.stop();
    database = openDatabase({ dialect: 'sqlite', path: databasePath });
  }, 180_000);

  afterAll(async () => {
    await running?.kill();
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lost the answers of requests in flight at each kill and of abandoned ones, and stopped cleanly on SIGTERM', () => {
    expect(surge.lost()).toBeGreaterThanOrEqual(KILLS);
    expect(exitCode).toBe(0);
  });

  it('keeps every order it acknowledged, with its events', async () => {
    await expectAcknowledgedOrdersKept(database.db, [...surge.outcomes.values(), ...retried.values()]);
  });

  it("keeps every quota bucket's use equal to the orders holding a unit of it, and within its cap", async () => {
    await expectQuotaInStep(database.db);
  });

  it('queues each customer message once: one outbox row per deduplication key, and one for each order that needs it', async () => {
    await expectEachMessageOnce(database.db);
  });

  it('answers a request whose answer was lost with its one order when sent again with the same key', async () => {
    await expectOneOrderPerKey(database.db, surge, retried);
  });
});
