import { isOem, type Actor } from '../../application/actor.js';
import type { OrderEvent, StoredOrder } from '../../application/ports/repositories.js';
import type { Services } from '../../application/services.js';
import { maskIdNumber } from '../../domain/identity/mask.js';
import { maskPhone } from '../../domain/identity/mobile-phone.js';
import { trackingUrlOf, type TrackingLinkKeys } from '../../application/tracking/tracking-links.js';
import { isPastSla, slaDeadline } from '../../domain/reporting/sla.js';

/** What the SLA flag of an order is computed from: the time now and the deployment's SLA. */
export interface SlaContext {
  readonly now: Date;
  readonly slaHours: number;
}

/** The SLA context of a request: the services' clock and policy, so that a test's clock rules the flag too. */
export function slaContextOf(services: Pick<Services, 'clock' | 'policies'>): SlaContext {
  return { now: services.clock.now(), slaHours: services.policies.slaHours };
}

/**
 * The order's SLA: the instant by which it must be decided, and whether it is undecided past it (the dealer's
 * deposit at risk).
 */
export function presentSla(order: StoredOrder, context: SlaContext) {
  return {
    deadline: slaDeadline(order.createdAt, context.slaHours),
    breached: isPastSla(order, context.now.toISOString(), context.slaHours),
  };
}

/** What presenting an order needs from the services: the clock and SLA policy, and the tracking-link key. */
export type PresentationContext = Pick<Services, 'clock' | 'policies'> & TrackingLinkKeys;

/**
 * An order as the API shows it. The identity number is always masked (nobody needs it back once verified); the
 * phone is shown in full only to the dealer who must call the buyer.
 */
export function presentOrder(order: StoredOrder, actor: Actor, context: PresentationContext) {
  const showPhone = !isOem(actor) && actor.dealerCode === order.dealerCode;
  return {
    id: order.id,
    orderNo: order.orderNo,
    dealerCode: order.dealerCode,
    region: order.region,
    status: order.status,
    customer: {
      name: order.customer.name,
      phone: showPhone ? order.customer.phone : maskPhone(order.customer.phone),
      idType: order.customer.idType,
      idNumber: maskIdNumber(order.customer.idNumber),
      language: order.customer.language,
    },
    vehicle: order.vehicle,
    special: order.special,
    listPriceCents: order.listPriceCents,
    lockedPriceCents: order.lockedPriceCents,
    priceCents: order.priceCents,
    deposit: order.deposit,
    /** Where the deposit of a cancelled order stands (`pending` until refunded); null while the order is alive. */
    depositRefundStatus: order.depositRefundStatus ?? null,
    verification: order.verification,
    quota: order.quota,
    productionSlot: order.productionSlot,
    vin: order.vin,
    eta: order.eta,
    sla: presentSla(order, slaContextOf(context)),
    trackingUrl: trackingUrlOf(context, order),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    version: order.version,
  };
}

export function presentEvent(event: OrderEvent) {
  return { seq: event.seq, type: event.type, at: event.at, actor: event.actor, data: event.data };
}
