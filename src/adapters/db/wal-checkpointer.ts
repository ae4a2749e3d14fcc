import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background thread copies the WAL's committed pages into the database file. */
const CHECKPOINT_INTERVAL_MS = 100;

/**
 * The checkpointing thread's whole program. PASSIVE never waits for the writer or a reader and never stops them:
 * it copies what was committed when it started, and the next one copies the rest.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const database = new Database(workerData.path);
database.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // SQLITE_BUSY: another checkpoint is running; the next tick tries again.
    if (error.code !== 'SQLITE_BUSY') throw error;
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  database.close();
  parentPort.close();
});
`;

/** Stops the background checkpoints; resolves when the thread has closed its connection. */
export type StopCheckpoints = () => Promise<void>;

/**
 * Copies SQLite's WAL into the database file from a thread of its own. better-sqlite3 runs on the event loop, so the
 * automatic checkpoint, run by the connection that commits, stopped every request for as long as it copied (tens of
 * milliseconds for a large WAL): it showed as the surge's slowest answers. With this thread copying most pages in
 * the background, the writer's own checkpoint, still on as a bound on the WAL's length, has little left to copy.
 * Durability does not depend on checkpoints: every commit is synced in the WAL.
 */
export function startBackgroundCheckpoints(path: string): StopCheckpoints {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, {
    eval: true,
    workerData: { driver, path, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // The checkpoints are an optimisation: a failed thread leaves the writer's own checkpoints doing the work.
  worker.on('error', () => {});
  worker.unref();
  return async () => {
    // Kept from holding the process open while it runs, the thread must hold it open while it closes.
    worker.ref();
    worker.postMessage('stop');
    await exited;
  };
}
