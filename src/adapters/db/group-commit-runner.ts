import { sql, type Kysely, type Transaction } from 'kysely';
import type { ChangeFeed, OrderChange } from '../../application/ports/change-feed.js';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type { TransactionRunner, UnitOfWork } from '../../application/ports/repositories.js';
import type { Database } from './schema.js';
import { unitOfWork } from './unit-of-work.js';

interface PendingWork {
  readonly work: (unit: UnitOfWork) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

export interface GroupCommitStats {
  batches: number;
  transactions: number;
  largestBatch: number;
}

/**
 * SQLite has one writer and each durable commit costs a disk sync. Work that arrives while a batch is running is
 * gathered into the next one: one transaction, one sync, each piece of work inside its own savepoint so that one
 * failure rolls back only itself. Nobody is answered before the commit that holds their writes.
 */
export class GroupCommitRunner implements TransactionRunner {
  readonly read: UnitOfWork;
  readonly stats: GroupCommitStats = { batches: 0, transactions: 0, largestBatch: 0 };
  private queue: PendingWork[] = [];
  private draining = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly changes: ChangeFeed | null = null,
    private readonly maxBatchSize = 256,
    private readonly onBatch: (size: number) => void = () => {},
    /** Seals the personal data the orders store; without one, no order can be written or read. */
    private readonly cipher?: PersonalDataCipher,
  ) {
    this.read = unitOfWork(db, 'sqlite', undefined, cipher);
  }

  run<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        // Let the requests that arrived in the same turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  /** Resolves once every piece of work queued so far is committed or refused (a graceful shutdown waits for it). */
  async idle(): Promise<void> {
    while (this.draining) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatchSize);
      await this.commitBatch(batch);
    }
    this.draining = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async commitBatch(batch: readonly PendingWork[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown; written: OrderChange[] }[] = [];
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const [index, pending] of batch.entries()) {
          const written: OrderChange[] = [];
          const unit = unitOfWork(trx, 'sqlite', (changes) => written.push(...changes), this.cipher);
          const outcome = await runInSavepoint(trx, unit, pending, index);
          outcomes.push({ ...outcome, written: outcome.ok ? written : [] });
        }
      });
    } catch (error) {
      // The commit itself failed: nothing of the batch is written, so nobody may be told otherwise.
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.stats.batches += 1;
    this.stats.transactions += batch.length;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
    this.onBatch(batch.length);
    this.changes?.publish(outcomes.flatMap((outcome) => outcome.written));
    batch.forEach((pending, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) pending.resolve(outcome.value);
      else pending.reject(outcome?.value);
    });
  }
}

async function runInSavepoint(
  trx: Transaction<Database>,
  unit: UnitOfWork,
  pending: PendingWork,
  index: number,
): Promise<{ ok: boolean; value: unknown }> {
  const name = sql.raw(`work_${index}`);
  await sql`SAVEPOINT ${name}`.execute(trx);
  try {
    const value = await pending.work(unit);
    await sql`RELEASE SAVEPOINT ${name}`.execute(trx);
    return { ok: true, value };
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT ${name}`.execute(trx);
    await sql`RELEASE SAVEPOINT ${name}`.execute(trx);
    return { ok: false, value: error };
  }
}
