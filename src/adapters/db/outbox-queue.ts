import { sql, type Kysely } from 'kysely';
import type { ClaimedMessage, OutboxQueue } from '../../application/ports/outbox-queue.js';
import type { DialectName } from './open-database.js';
import { outboxMessageFromRow } from './outbox-repository.js';
import type { Database, OutboxRow } from './schema.js';

/** Stored errors are for a person to read in a list: a gateway's long answer is cut to this. */
const MAX_ERROR_LENGTH = 500;

function claimedFromRow(row: OutboxRow): ClaimedMessage {
  if (row.locked_until === null) throw new Error(`outbox message ${row.id} was claimed without a lease`);
  return { ...outboxMessageFromRow(row), lease: row.locked_until };
}

/** A webhook's place in its order's history; the calls of one transaction share their time, not their seq. */
const seqOf = (message: ClaimedMessage): number => (typeof message.payload.seq === 'number' ? message.payload.seq : 0);

/** Oldest first, and one order's calls in the order of its history. */
const byAge = (a: ClaimedMessage, b: ClaimedMessage): number =>
  a.nextAttemptAt.localeCompare(b.nextAttemptAt) ||
  a.createdAt.localeCompare(b.createdAt) ||
  (a.orderId ?? '').localeCompare(b.orderId ?? '') ||
  seqOf(a) - seqOf(b) ||
  a.id.localeCompare(b.id);

/**
 * Claims with one statement each. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several processes claim side by side,
 * each taking rows the others are not; SQLite has one writer, and one statement is already atomic there.
 */
export class KyselyOutboxQueue implements OutboxQueue {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async claimDue(now: string, leaseUntil: string, limit: number): Promise<readonly ClaimedMessage[]> {
    const rows = await this.db
      .updateTable('outbox')
      .set({ locked_until: leaseUntil, attempts: sql<number>`attempts + 1` })
      .where('id', 'in', (eb) => {
        const due = eb
          .selectFrom('outbox')
          .select('id')
          .where('status', '=', 'queued')
          .where('next_attempt_at', '<=', now)
          .where((inner) => inner.or([inner('locked_until', 'is', null), inner('locked_until', '<=', now)]))
          .orderBy('next_attempt_at')
          .orderBy('created_at')
          .orderBy('id')
          .limit(limit);
        return this.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
      })
      .returningAll()
      .execute();
    return rows.map(claimedFromRow).sort(byAge);
  }

  async markSent(message: ClaimedMessage, sentAt: string): Promise<boolean> {
    return this.settle(message, { status: 'sent', sent_at: sentAt, last_error: null });
  }

  async markRetry(message: ClaimedMessage, nextAttemptAt: string, error: string): Promise<boolean> {
    return this.settle(message, { next_attempt_at: nextAttemptAt, last_error: error.slice(0, MAX_ERROR_LENGTH) });
  }

  async markFailed(message: ClaimedMessage, error: string): Promise<boolean> {
    return this.settle(message, { status: 'failed', last_error: error.slice(0, MAX_ERROR_LENGTH) });
  }

  private async settle(
    message: ClaimedMessage,
    changes: Partial<Pick<OutboxRow, 'status' | 'sent_at' | 'last_error' | 'next_attempt_at'>>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set({ ...changes, locked_until: null })
      .where('id', '=', message.id)
      .where('status', '=', 'queued')
      .where('locked_until', '=', message.lease)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
