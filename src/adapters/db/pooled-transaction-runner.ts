import type { Kysely } from 'kysely';
import type { ChangeFeed, OrderChange } from '../../application/ports/change-feed.js';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type { TransactionRunner, UnitOfWork } from '../../application/ports/repositories.js';
import { PostgresOrderSerials } from './order-serial-blocks.js';
import type { Database } from './schema.js';
import { unitOfWork } from './unit-of-work.js';

/** PostgreSQL errors that mean "nothing was written, try the whole transaction again". */
const RETRYABLE_CODES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RETRYABLE_CODES.has(String((error as { code?: unknown }).code));
}

/** One transaction per piece of work on a connection pool; serialisation failures and deadlocks are retried. */
export class PooledTransactionRunner implements TransactionRunner {
  readonly read: UnitOfWork;
  private readonly serials = new PostgresOrderSerials();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly changes: ChangeFeed | null = null,
    /** Seals the personal data the orders store; without one, no order can be written or read. */
    private readonly cipher?: PersonalDataCipher,
  ) {
    this.read = unitOfWork(db, 'postgres', undefined, cipher);
  }

  async run<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const written: OrderChange[] = [];
      try {
        const result = await this.db
          .transaction()
          .execute((trx) =>
            work(unitOfWork(trx, 'postgres', (changes) => written.push(...changes), this.cipher, this.serials)),
          );
        this.changes?.publish(written);
        return result;
      } catch (error) {
        if (!isRetryable(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
