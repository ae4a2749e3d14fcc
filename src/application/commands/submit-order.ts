import type { Configuration } from '../../domain/catalog/catalog-types.js';
import { normalizeMobilePhone } from '../../domain/identity/mobile-phone.js';
import { formatOrderNumber } from '../../domain/order/order-number.js';
import type { Customer, Deposit } from '../../domain/order/order-types.js';
import { monthInZone } from '../../domain/shared/clock.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import { listPriceOf, verifyAndReserve } from '../order-verifier.js';
import type { StoredOrder, UnitOfWork } from '../ports/repositories.js';
import type { Services } from '../services.js';
import { issuedLink } from '../tracking/tracking-links.js';
import { customerMessage, queueDealerWebhook, verdictEvent } from './record-order-change.js';

export interface OrderDraft {
  readonly customer: Customer;
  readonly vehicle: Configuration;
  readonly deposit: Deposit;
  readonly special: { readonly reason: string } | null;
}

export interface IdempotencyClaim {
  readonly key: string;
  /** Hash of the request body: the same key with another body is a conflict, not a retry. */
  readonly requestHash: string;
}

export interface SubmitResult {
  readonly order: StoredOrder;
  /** False when an earlier request with the same idempotency key created the order. */
  readonly created: boolean;
}

/** A dealer submits an order: it is stored, verified at once and, when verified, its quota and parts are reserved. */
export async function submitOrder(
  services: Services,
  actor: Actor,
  dealerCode: string,
  draft: OrderDraft,
  idempotency: IdempotencyClaim | null,
): Promise<SubmitResult> {
  const dealer = await services.reference.dealer(dealerCode);
  if (!dealer) throw new ApplicationError('dealer_unknown', `Dealer ${dealerCode} does not exist.`);
  const region = await services.reference.region(dealer.region);
  if (!region) throw new ApplicationError('region_unknown', `Region ${dealer.region} does not exist.`);
  const now = services.clock.now();
  const at = now.toISOString();
  const id = services.ids.id();
  const customer = { ...draft.customer, phone: normalizeMobilePhone(draft.customer.phone) ?? draft.customer.phone };
  const listPriceCents = await listPriceOf(services.reference, draft, now);
  const attempt = () =>
    services.runner.run(async (unit): Promise<SubmitResult> => {
      if (idempotency) {
        const earlier = await replayIdempotent(unit, dealerCode, idempotency);
        if (earlier) return { order: earlier, created: false };
      }
      const submitted: StoredOrder = {
        id,
        orderNo: formatOrderNumber(now.getUTCFullYear(), await unit.orders.nextOrderSerial()),
        dealerCode,
        region: dealer.region,
        status: 'submitted',
        customer,
        customerIdHash: services.hasher.identity(customer.idNumber.trim().toUpperCase()),
        vehicle: draft.vehicle,
        special: draft.special,
        listPriceCents,
        lockedPriceCents: null,
        priceCents: listPriceCents,
        deposit: draft.deposit,
        verification: null,
        decidedAt: null,
        quota: { region: dealer.region, month: monthInZone(now, region.timeZone), model: draft.vehicle.model },
        quotaReserved: false,
        reservedParts: [],
        productionSlot: null,
        vin: null,
        eta: null,
        createdBy: actor.username,
        tracking: issuedLink(services, id, 1),
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      const { order } = await verifyAndReserve(unit, services, submitted, now, {
        ...services.policies,
        priceInForceCents: listPriceCents,
      });
      const events = [
        { type: 'submitted', at, actor: actor.username, data: { dealerCode, listPriceCents } },
        verdictEvent(order, 'system', at),
      ];
      const message = customerMessage(services.ids, order, at);
      await unit.orders.insert(order, events, message === null ? [] : [message]);
      await queueDealerWebhook(unit, services, order, events);
      if (idempotency) {
        const claimed = await unit.idempotency.insert(
          dealerCode,
          idempotency.key,
          { requestHash: idempotency.requestHash, orderId: order.id },
          at,
        );
        // A concurrent request took the key first: this one must not create a second order.
        if (!claimed) throw new IdempotencyRaceError();
      }
      return { order, created: true };
    });
  try {
    return await attempt();
  } catch (error) {
    // The other request's order is committed now: the second attempt finds it under the key and returns it.
    if (error instanceof IdempotencyRaceError) return attempt();
    throw error;
  }
}

/** Thrown inside the transaction to roll it back when another request claimed the same key first. */
export class IdempotencyRaceError extends Error {
  override readonly name = 'IdempotencyRaceError';
}

async function replayIdempotent(unit: UnitOfWork, scope: string, claim: IdempotencyClaim): Promise<StoredOrder | null> {
  const earlier = await unit.idempotency.find(scope, claim.key);
  if (!earlier) return null;
  if (earlier.requestHash !== claim.requestHash) {
    throw new ApplicationError(
      'IDEMPOTENCY_CONFLICT',
      'This Idempotency-Key was already used with a different request body.',
    );
  }
  const order = await unit.orders.findById(earlier.orderId);
  if (!order) throw new Error(`idempotency key ${claim.key} names a missing order`);
  return order;
}
