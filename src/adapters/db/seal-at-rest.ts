import type { Kysely } from 'kysely';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type { Hasher } from '../../application/ports/services.js';
import type { Database } from './schema.js';

/** Rows sealed per transaction: keeps each one short on a large table. */
export const SEAL_BATCH_SIZE = 500;

/**
 * Seals every identity number still stored in clear (rows written before encryption at rest) and recomputes its
 * keyed hash with the current hash key. Runs at start, after the migrations, because only the process holds the
 * key. Answers how many rows it sealed; a second run seals none.
 */
export async function sealIdentityNumbers(
  db: Kysely<Database>,
  cipher: PersonalDataCipher,
  hasher: Hasher,
): Promise<number> {
  let sealed = 0;
  for (;;) {
    const rows = await db
      .selectFrom('orders')
      .select(['id', 'customer_id_number'])
      .where('customer_id_number', 'not like', 'v1:%')
      .limit(SEAL_BATCH_SIZE)
      .execute();
    if (rows.length === 0) return sealed;
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const number = row.customer_id_number;
        await trx
          .updateTable('orders')
          .set({
            customer_id_number: cipher.seal(number),
            customer_id_hash: hasher.identity(number.trim().toUpperCase()),
          })
          .where('id', '=', row.id)
          .where('customer_id_number', '=', number)
          .execute();
      }
    });
    sealed += rows.length;
  }
}

/**
 * Seals every dealer's webhook secret still stored in clear (written before secrets were sealed). A secret is clear
 * when this key cannot open it: a dealer's own secret may look like a sealed text, but only one sealed with the key
 * opens. Runs at start with the identity numbers; answers how many it sealed, and a second run seals none.
 */
export async function sealWebhookSecrets(db: Kysely<Database>, cipher: PersonalDataCipher): Promise<number> {
  const rows = await db.selectFrom('dealer_webhooks').select(['dealer_code', 'secret']).execute();
  const clear = rows.filter((row) => !opens(cipher, row.secret));
  await db.transaction().execute(async (trx) => {
    for (const row of clear) {
      await trx
        .updateTable('dealer_webhooks')
        .set({ secret: cipher.seal(row.secret) })
        .where('dealer_code', '=', row.dealer_code)
        .where('secret', '=', row.secret)
        .execute();
    }
  });
  return clear.length;
}

function opens(cipher: PersonalDataCipher, text: string): boolean {
  try {
    cipher.open(text);
    return true;
  } catch {
    return false;
  }
}
