import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** Serials taken from the sequence in one round trip: a surge asks for one block per hundred orders. */
export const ORDER_SERIAL_BLOCK = 100;

/**
 * Order serials from PostgreSQL's `order_serial` sequence, taken a block at a time by each process. A sequence
 * never gives a value twice, inside a transaction or not, so every serial is unique across processes; numbers are
 * not in submission order across processes, and the rest of a block is skipped when the process stops (a sequence
 * leaves gaps anyway, at every rollback).
 */
export class PostgresOrderSerials {
  private readonly taken: number[] = [];
  /** The block being taken: callers arriving meanwhile wait for it instead of each taking one. */
  private refilling: Promise<void> | null = null;

  constructor(private readonly blockSize = ORDER_SERIAL_BLOCK) {}

  /** The next serial; `db` is the caller's transaction, so a block is taken without waiting for another connection. */
  async next(db: Kysely<Database>): Promise<number> {
    for (;;) {
      const ready = this.taken.shift();
      if (ready !== undefined) return ready;
      if (this.refilling === null) {
        const refilling = this.takeBlock(db);
        this.refilling = refilling;
        // The taker's own failure is its transaction's; those waiting try again on theirs.
        await refilling.finally(() => {
          this.refilling = null;
        });
      } else {
        await this.refilling.catch(() => {});
      }
    }
  }

  private async takeBlock(db: Kysely<Database>): Promise<void> {
    const result = await sql<{ value: string }>`
      SELECT nextval('order_serial') AS value FROM generate_series(1, ${this.blockSize})`.execute(db);
    this.taken.push(...result.rows.map((row) => Number(row.value)).sort((a, b) => a - b));
  }
}
