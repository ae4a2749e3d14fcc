import { isOem, type Actor } from '../../application/actor.js';
import type { OrderEvent, StoredOrder } from '../../application/ports/repositories.js';
import { maskIdNumber } from '../../domain/identity/mask.js';
import { maskPhone } from '../../domain/identity/mobile-phone.js';

/**
 * An order as the API shows it. The identity number is always masked (nobody needs it back once verified); the
 * phone is shown in full only to the dealer who must call the buyer.
 */
export function presentOrder(order: StoredOrder, actor: Actor) {
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
    trackingUrl: null as string | null,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    version: order.version,
  };
}

export function presentEvent(event: OrderEvent) {
  return { seq: event.seq, type: event.type, at: event.at, actor: event.actor, data: event.data };
}
