import { checkReallocation } from '../../domain/order/reallocation-rules.js';
import type { QuotaKey } from '../../domain/order/order-types.js';
import { bucketDeliveryEstimate } from '../../domain/quota/bucket-estimate.js';
import { assert } from '../../domain/shared/assert.js';
import { monthInZone } from '../../domain/shared/clock.js';
import { violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import { verifyAndReserve } from '../order-verifier.js';
import type { StoredOrder } from '../ports/repositories.js';
import { findVisibleOrder } from '../queries/order-queries.js';
import { scheduleOutlook } from '../schedule-outlook.js';
import type { Services } from '../services.js';
import { verdictEvent } from './record-order-change.js';
import { refusalOf, saveOrderChange } from './save-order-change.js';

/** Where a planner moves an order: another month, another region, or both; what is left out stays. */
export interface ReallocationTarget {
  readonly month?: string | undefined;
  readonly region?: string | undefined;
}

/**
 * A planner moves an order rejected for quota (or a postponed one) to another bucket and verifies it again, in one
 * transaction: it takes the new bucket's unit when it is verified, and its estimated delivery becomes the new
 * bucket's, from the schedule as it stands.
 */
export async function reallocateOrder(
  services: Services,
  actor: Actor,
  id: string,
  target: ReallocationTarget,
): Promise<StoredOrder> {
  const now = services.clock.now();
  const at = now.toISOString();
  const regions = await services.reference.regions();
  if (target.region !== undefined && !regions.some((region) => region.code === target.region)) {
    const message = `Region ${target.region} does not exist.`;
    throw new ApplicationError('region_unknown', message, [violation('region_unknown', message, 'region')]);
  }
  return services.runner.run(async (unit) => {
    const order = await findVisibleOrder(unit, actor, id);
    const to: QuotaKey = {
      region: target.region ?? order.quota.region,
      month: target.month ?? order.quota.month,
      model: order.vehicle.model,
    };
    const zone = regions.find((region) => region.code === to.region)?.timeZone;
    assert(zone !== undefined, `order ${order.orderNo} is in a bucket of an unknown region ${to.region}`);
    const refused = checkReallocation({
      status: order.status,
      checks: order.verification?.checks ?? [],
      from: order.quota,
      to,
      currentMonth: monthInZone(now, zone),
    });
    if (refused.length > 0) throw refusalOf(refused);
    // Read before the order takes its place: the queue ahead of it is the one it joins.
    const outlook = await scheduleOutlook(unit, services.reference, to.model, now);
    const { order: decided } = await verifyAndReserve(unit, services, { ...order, quota: to }, now, services.policies);
    const eta = decided.status === 'verified' && outlook !== null ? bucketDeliveryEstimate(outlook, to) : null;
    const moved: StoredOrder = { ...decided, eta };
    const reallocated = { type: 'reallocated', at, actor: actor.username, data: { from: order.quota, to, eta } };
    return saveOrderChange(unit, services, order, moved, [reallocated, verdictEvent(moved, 'system', at)], at);
  });
}
