import { sql, type Kysely } from 'kysely';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import type { Database } from './schema.js';

/** A readiness probe that waits longer than this answers "not ready": a load balancer must not wait on it. */
export const READINESS_TIMEOUT_MS = 1_000;

/** The backlog is counted up to this many messages: a scrape stays cheap however far the dispatcher falls behind. */
export const MAX_COUNTED_BACKLOG = 100_000;

/** Quota buckets reported per scrape, at most (regions × models × the months asked for is far below it). */
export const MAX_REPORTED_BUCKETS = 2_000;

export interface OutboxBacklog {
  /** Queued messages, counted up to `MAX_COUNTED_BACKLOG`. */
  readonly queued: number;
  /** Creation time of the queued message that has been due the longest, or null when nothing is queued. */
  readonly oldestCreatedAt: string | null;
}

/** `SELECT 1`, refused when it takes longer than `timeoutMs`: answers whether the database serves queries now. */
export async function pingDatabase(db: Kysely<Database>, timeoutMs = READINESS_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sql`SELECT 1`.execute(db), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Messages waiting for the dispatcher: both queries walk the `(status, next_attempt_at)` index, never the table. */
export async function outboxBacklog(db: Kysely<Database>): Promise<OutboxBacklog> {
  const counted = await db
    .selectFrom((eb) =>
      eb.selectFrom('outbox').select('id').where('status', '=', 'queued').limit(MAX_COUNTED_BACKLOG).as('queued'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  const oldest = await db
    .selectFrom('outbox')
    .select('created_at')
    .where('status', '=', 'queued')
    .orderBy('next_attempt_at')
    .limit(1)
    .executeTakeFirst();
  return { queued: Number(counted.count), oldestCreatedAt: oldest?.created_at ?? null };
}

/** The quota buckets of the given months (`YYYY-MM`), bounded. */
export async function quotaUse(db: Kysely<Database>, months: readonly string[]): Promise<readonly QuotaBucket[]> {
  if (months.length === 0) return [];
  const rows = await db
    .selectFrom('quota_buckets')
    .selectAll()
    .where('month', 'in', [...months])
    .orderBy('month')
    .orderBy('region')
    .orderBy('model')
    .limit(MAX_REPORTED_BUCKETS)
    .execute();
  return rows.map((row) => ({
    region: row.region,
    month: row.month,
    model: row.model,
    cap: Number(row.cap),
    used: Number(row.used),
  }));
}
