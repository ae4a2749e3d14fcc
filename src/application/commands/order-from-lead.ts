import type { Configuration } from '../../domain/catalog/catalog-types.js';
import type { Deposit, IdType } from '../../domain/order/order-types.js';
import { violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import type { StoredOrder } from '../ports/repositories.js';
import { findVisibleLead } from '../queries/sales-queries.js';
import type { Services } from '../services.js';
import { ownDealerOf } from './lead-commands.js';
import { submitOrder } from './submit-order.js';

/** What the order needs beyond the lead: the chosen car, the buyer's identity and the deposit. */
export interface LeadOrderRequest {
  readonly vehicle: Configuration;
  readonly customer: { readonly idType: IdType; readonly idNumber: string };
  readonly deposit: Deposit;
  readonly special: { readonly reason: string } | null;
}

/** The idempotency key of the order of a lead: a retried or doubled request finds the order the first one made. */
export function leadOrderKey(leadId: string): string {
  return `lead:${leadId}`;
}

/**
 * Creates the order of a lead, prefilled with the lead's name, phone and language, through the same submission
 * (and verification) as any order, then links it to the lead. The submission is idempotent under the lead's key, so
 * a request retried after the order was stored but before the link finds the same order and completes the link.
 */
export async function orderFromLead(
  services: Services,
  actor: Actor,
  leadId: string,
  request: LeadOrderRequest,
  requestHash: string,
): Promise<StoredOrder> {
  ownDealerOf(actor);
  const lead = await findVisibleLead(services.runner.read, actor, leadId);
  if (lead.orderId !== null) {
    throw new ApplicationError('lead_already_ordered', `Lead ${lead.id} already has order ${lead.orderId}.`);
  }
  if (lead.phone === null) {
    const message = 'An order needs the customer’s mobile number: add it (with consent) to the lead first.';
    throw new ApplicationError('lead_phone_missing', message, [violation('lead_phone_missing', message, 'phone')]);
  }
  const { order } = await submitOrder(
    services,
    actor,
    lead.dealerCode,
    {
      customer: { name: lead.name, phone: lead.phone, language: lead.language, ...request.customer },
      vehicle: request.vehicle,
      deposit: request.deposit,
      special: request.special,
    },
    { key: leadOrderKey(lead.id), requestHash },
  );
  const at = services.clock.now().toISOString();
  const linked = await services.runner.run(async (unit) => {
    if (await unit.leads.linkOrder(lead.id, order.id, at)) return true;
    return (await unit.leads.findById(lead.id))?.orderId === order.id;
  });
  if (!linked) throw new ApplicationError('lead_already_ordered', `Lead ${lead.id} already has another order.`);
  return order;
}
