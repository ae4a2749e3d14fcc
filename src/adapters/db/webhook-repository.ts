import type { Kysely } from 'kysely';
import type { DealerWebhook, WebhookRepository } from '../../application/ports/tracking-and-webhook-repositories.js';
import type { Database, DealerWebhookRow } from './schema.js';

function webhookFromRow(row: DealerWebhookRow): DealerWebhook {
  return {
    dealerCode: row.dealer_code,
    url: row.url,
    secret: row.secret,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export class KyselyWebhookRepository implements WebhookRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(dealerCode: string): Promise<DealerWebhook | null> {
    const row = await this.db
      .selectFrom('dealer_webhooks')
      .selectAll()
      .where('dealer_code', '=', dealerCode)
      .executeTakeFirst();
    return row ? webhookFromRow(row) : null;
  }

  async upsert(webhook: DealerWebhook): Promise<void> {
    await this.db
      .insertInto('dealer_webhooks')
      .values({
        dealer_code: webhook.dealerCode,
        url: webhook.url,
        secret: webhook.secret,
        created_at: webhook.createdAt,
        updated_at: webhook.updatedAt,
        updated_by: webhook.updatedBy,
      })
      .onConflict((oc) =>
        oc.column('dealer_code').doUpdateSet({
          url: webhook.url,
          secret: webhook.secret,
          updated_at: webhook.updatedAt,
          updated_by: webhook.updatedBy,
        }),
      )
      .execute();
  }

  async remove(dealerCode: string): Promise<boolean> {
    const result = await this.db.deleteFrom('dealer_webhooks').where('dealer_code', '=', dealerCode).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
