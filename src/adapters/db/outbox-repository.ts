import type { Kysely } from 'kysely';
import type { NewOutboxMessage, OutboxMessage, OutboxRepository } from '../../application/ports/repositories.js';
import { insertRows } from './query-template.js';
import type { Database, OutboxRow } from './schema.js';

export function outboxMessageFromRow(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    dedupKey: row.dedup_key,
    orderId: row.order_id,
    channel: row.channel as OutboxMessage['channel'],
    recipient: row.recipient,
    template: row.template,
    language: row.language,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    status: row.status as OutboxMessage['status'],
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    sentAt: row.sent_at,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}

export class KyselyOutboxRepository implements OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(message: NewOutboxMessage): Promise<void> {
    await insertRows(this.db, 'outbox', [outboxRow(message)], ['dedup_key']);
  }

  async withdraw(dedupKey: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('outbox')
      .where('dedup_key', '=', dedupKey)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async forOrder(orderId: string): Promise<readonly OutboxMessage[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(outboxMessageFromRow);
  }
}

/** The row of a message just queued. */
export function outboxRow(message: NewOutboxMessage) {
  return {
    id: message.id,
    dedup_key: message.dedupKey,
    order_id: message.orderId,
    channel: message.channel,
    recipient: message.recipient,
    template: message.template,
    language: message.language,
    payload: JSON.stringify(message.payload),
    status: 'queued',
    attempts: 0,
    next_attempt_at: message.notBefore ?? message.createdAt,
    sent_at: null,
    last_error: null,
    created_at: message.createdAt,
    locked_until: null,
  } satisfies OutboxRow;
}
