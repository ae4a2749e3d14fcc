import type { Kysely } from 'kysely';
import type { TrackingLinkRepository } from '../../application/ports/tracking-and-webhook-repositories.js';
import type { Database } from './schema.js';

/** The tracking columns of `orders`, written only here so that no order update can undo a re-issue or revocation. */
export class KyselyTrackingLinkRepository implements TrackingLinkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findOrderId(tokenHash: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('orders')
      .select('id')
      .where('tracking_token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async set(orderId: string, generation: number, tokenHash: string | null): Promise<void> {
    await this.db
      .updateTable('orders')
      .set({ tracking_generation: generation, tracking_token_hash: tokenHash })
      .where('id', '=', orderId)
      .execute();
  }
}
