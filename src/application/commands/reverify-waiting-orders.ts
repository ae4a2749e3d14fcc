import { assert } from '../../domain/shared/assert.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import type { Actor } from '../actor.js';
import { verifyAndReserve } from '../order-verifier.js';
import type { StoredOrder, UnitOfWork } from '../ports/repositories.js';
import type { Services } from '../services.js';
import { verdictEvent } from './record-order-change.js';
import { saveOrderChange } from './save-order-change.js';

/** Postponed orders verified again by one supply change at most: the rest wait for the next change of the part. */
export const REVERIFY_BATCH_LIMIT = 500;

export interface ReverifiedOrder {
  readonly id: string;
  readonly orderNo: string;
  readonly status: OrderStatus;
}

const sameChecks = (a: StoredOrder, b: StoredOrder): boolean =>
  JSON.stringify(a.verification?.checks ?? []) === JSON.stringify(b.verification?.checks ?? []);

/**
 * Verifies again, inside the supply change's transaction, the postponed orders waiting for a part: oldest first,
 * as long as the part has a unit available. Each may end verified (taking its units), postponed (still short of
 * another part: it takes nothing), in manual review or rejected, as the checks say. An order whose verification comes
 * out exactly as before is left as it is.
 */
export async function reverifyWaitingOrders(
  unit: UnitOfWork,
  services: Services,
  actor: Actor,
  part: string,
  now: Date,
): Promise<ReverifiedOrder[]> {
  const at = now.toISOString();
  const waiting = await unit.orderQueues.lockPostponedAwaiting(part, REVERIFY_BATCH_LIMIT);
  const reverified: ReverifiedOrder[] = [];
  for (const order of waiting) {
    const [stock] = await unit.parts.findMany([part]);
    if (stock === undefined || stock.availableUnits === 0) break;
    const { order: decided } = await verifyAndReserve(unit, services, order, now, services.policies);
    if (decided.status === order.status && sameChecks(decided, order)) continue;
    assert(decided.status === 'verified' || decided.reservedParts.length === 0, 'only a verified order holds parts');
    const supplied = { type: 'reverified', at, actor: actor.username, data: { trigger: 'part_supply', part } };
    const written = await saveOrderChange(
      unit,
      services,
      order,
      decided,
      [supplied, verdictEvent(decided, 'system', at)],
      at,
    );
    reverified.push({ id: written.id, orderNo: written.orderNo, status: written.status });
  }
  return reverified;
}
