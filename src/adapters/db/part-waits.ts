import type { Kysely } from 'kysely';
import type { StoredOrder } from '../../application/ports/repositories.js';
import { awaitedParts } from '../../domain/materials/awaited-parts.js';
import type { Database } from './schema.js';

/**
 * Keeps the index of postponed orders by the part they wait for in step with the order, in the transaction that
 * writes it: a postponed order has one row per short part, any other order none. A new order has no rows to remove.
 */
export async function syncPartWaits(db: Kysely<Database>, order: StoredOrder, isNew: boolean): Promise<void> {
  if (!isNew) await db.deleteFrom('part_waits').where('order_id', '=', order.id).execute();
  if (order.status !== 'postponed') return;
  const parts = awaitedParts(order.verification);
  if (parts.length === 0) return;
  await db
    .insertInto('part_waits')
    .values(parts.map((part) => ({ order_id: order.id, part_code: part, order_created_at: order.createdAt })))
    .execute();
}
