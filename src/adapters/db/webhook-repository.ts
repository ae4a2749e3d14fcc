import type { Kysely } from 'kysely';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type { DealerWebhook, WebhookRepository } from '../../application/ports/tracking-and-webhook-repositories.js';
import { NO_CIPHER } from '../system/aes-gcm-cipher.js';
import type { Database, DealerWebhookRow } from './schema.js';

/**
 * The secret signs every call to the dealer's DMS, so it is kept in a form it can be read back from: sealed with the
 * data key like identity numbers, so that a copy of the database alone cannot forge a dealer's webhook calls.
 */
function webhookFromRow(row: DealerWebhookRow, cipher: PersonalDataCipher): DealerWebhook {
  return {
    dealerCode: row.dealer_code,
    url: row.url,
    secret: cipher.open(row.secret),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export class KyselyWebhookRepository implements WebhookRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cipher: PersonalDataCipher = NO_CIPHER,
  ) {}

  async find(dealerCode: string): Promise<DealerWebhook | null> {
    const row = await this.db
      .selectFrom('dealer_webhooks')
      .selectAll()
      .where('dealer_code', '=', dealerCode)
      .executeTakeFirst();
    return row ? webhookFromRow(row, this.cipher) : null;
  }

  async upsert(webhook: DealerWebhook): Promise<void> {
    const secret = this.cipher.seal(webhook.secret);
    await this.db
      .insertInto('dealer_webhooks')
      .values({
        dealer_code: webhook.dealerCode,
        url: webhook.url,
        secret,
        created_at: webhook.createdAt,
        updated_at: webhook.updatedAt,
        updated_by: webhook.updatedBy,
      })
      .onConflict((oc) =>
        oc.column('dealer_code').doUpdateSet({
          url: webhook.url,
          secret,
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
