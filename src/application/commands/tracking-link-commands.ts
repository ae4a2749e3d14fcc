import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import type { StoredOrder } from '../ports/repositories.js';
import type { TrackingLinkState } from '../ports/tracking-and-webhook-repositories.js';
import { findVisibleOrder } from '../queries/order-queries.js';
import type { Services } from '../services.js';
import { issuedLink } from '../tracking/tracking-links.js';

/**
 * Gives the order a new tracking link (the next generation): the old link and its QR code stop working at once, and
 * any page still open on them stops updating. For a buyer's lost phone, or a link shared by mistake.
 */
export function reissueTrackingLink(services: Services, actor: Actor, id: string): Promise<StoredOrder> {
  return changeTrackingLink(services, actor, id, 'tracking_link_issued', (order) =>
    issuedLink(services, order.id, (order.tracking?.generation ?? 0) + 1),
  );
}

/** Takes the order's tracking link away without a new one; a re-issue gives the buyer a link again. */
export function revokeTrackingLink(services: Services, actor: Actor, id: string): Promise<StoredOrder> {
  return changeTrackingLink(services, actor, id, 'tracking_link_revoked', (order) => ({
    generation: order.tracking?.generation ?? 0,
    tokenHash: null,
  }));
}

async function changeTrackingLink(
  services: Services,
  actor: Actor,
  id: string,
  eventType: string,
  nextLink: (order: StoredOrder) => TrackingLinkState,
): Promise<StoredOrder> {
  const at = services.clock.now().toISOString();
  return services.runner.run(async (unit) => {
    const order = await findVisibleOrder(unit, actor, id);
    const tracking = nextLink(order);
    const changed: StoredOrder = { ...order, tracking, updatedAt: at, version: order.version + 1 };
    // The version check makes two re-issues at once end with one winner, never two links thought current.
    const written = await unit.orders.update(changed, order.version, [
      { type: eventType, at, actor: actor.username, data: { generation: tracking.generation } },
    ]);
    if (!written) throw new ApplicationError('VERSION_MISMATCH', 'Someone changed the order at the same time; retry.');
    await unit.trackingLinks.set(order.id, tracking.generation, tracking.tokenHash);
    return changed;
  });
}
