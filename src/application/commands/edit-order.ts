import type { Configuration } from '../../domain/catalog/catalog-types.js';
import { normalizeMobilePhone } from '../../domain/identity/mobile-phone.js';
import { checkEdit, type OrderChanges } from '../../domain/order/config-lock.js';
import { assertTransition } from '../../domain/order/order-transition.js';
import type { Customer, Deposit } from '../../domain/order/order-types.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import { listPriceOf, verifyAndReserve } from '../order-verifier.js';
import type { StoredOrder } from '../ports/repositories.js';
import { findVisibleOrder } from '../queries/order-queries.js';
import type { Services } from '../services.js';
import { queueCustomerMessage, queueDealerWebhook, verdictEvent } from './record-order-change.js';

export interface OrderEdit {
  readonly customer?: Partial<Customer>;
  readonly vehicle?: Configuration;
  readonly deposit?: Deposit;
  readonly special?: { readonly reason: string } | null;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function changesOf(order: StoredOrder, next: StoredOrder): OrderChanges {
  return {
    vehicle: !sameJson(order.vehicle, next.vehicle) || !sameJson(order.special, next.special),
    customerIdentity:
      order.customer.idType !== next.customer.idType || order.customer.idNumber !== next.customer.idNumber,
    contact:
      order.customer.name !== next.customer.name ||
      order.customer.phone !== next.customer.phone ||
      order.customer.language !== next.customer.language,
    deposit: !sameJson(order.deposit, next.deposit),
  };
}

/**
 * A dealer corrects an order. Before verification every change verifies the order again; from verification on the
 * vehicle, the buyer's identity and the deposit are locked and only contact data may change.
 */
export async function editOrder(
  services: Services,
  actor: Actor,
  id: string,
  edit: OrderEdit,
  expectedVersion: number | null,
): Promise<StoredOrder> {
  const now = services.clock.now();
  const at = now.toISOString();
  return services.runner.run(async (unit) => {
    const order = await findVisibleOrder(unit, actor, id);
    if (expectedVersion !== null && expectedVersion !== order.version) {
      throw new ApplicationError(
        'VERSION_MISMATCH',
        `The order is at version ${order.version}, not ${expectedVersion}.`,
      );
    }
    const customer = { ...order.customer, ...edit.customer };
    const merged: StoredOrder = {
      ...order,
      customer: { ...customer, phone: normalizeMobilePhone(customer.phone) ?? customer.phone },
      customerIdHash: services.hasher.identity(customer.idNumber.trim().toUpperCase()),
      vehicle: edit.vehicle ?? order.vehicle,
      // The bucket is the model's: a dealer who changes the model moves the order to that model's bucket, same
      // region and month (an unverified order holds no unit, so nothing is left behind in the old one).
      quota: { ...order.quota, model: (edit.vehicle ?? order.vehicle).model },
      deposit: edit.deposit ?? order.deposit,
      special: edit.special === undefined ? order.special : edit.special,
    };
    const changes = changesOf(order, merged);
    const refused = checkEdit(order.status, changes);
    if (refused.length > 0) {
      throw new ApplicationError(refused[0]?.code ?? 'CONFIG_LOCKED', refused[0]?.message ?? 'Locked.', refused);
    }
    if (!changes.vehicle && !changes.customerIdentity && !changes.contact && !changes.deposit) return order;
    const edited: StoredOrder = { ...merged, updatedAt: at, version: order.version + 1 };
    const editEvent = { type: 'edited', at, actor: actor.username, data: { changed: changedParts(changes) } };
    if (!changes.vehicle && !changes.customerIdentity && !changes.deposit) {
      await writeOrFail(unit.orders.update(edited, order.version, [editEvent]));
      return edited;
    }
    const repriced = {
      ...edited,
      listPriceCents: await listPriceOf(services.reference, edited, new Date(order.createdAt)),
    };
    const { order: verified } = await verifyAndReserve(
      unit,
      services,
      { ...repriced, priceCents: repriced.listPriceCents },
      now,
      services.policies,
    );
    if (verified.status !== order.status) assertTransition(order.status, verified.status);
    const events = [editEvent, verdictEvent(verified, 'system', at)];
    await writeOrFail(unit.orders.update(verified, order.version, events));
    await queueCustomerMessage(unit, services.ids, verified, at);
    await queueDealerWebhook(unit, services, verified, events);
    return verified;
  });
}

function changedParts(changes: OrderChanges): string[] {
  return Object.entries(changes)
    .filter(([, changed]) => changed)
    .map(([part]) => part);
}

async function writeOrFail(write: Promise<boolean>): Promise<void> {
  if (!(await write))
    throw new ApplicationError('VERSION_MISMATCH', 'Someone changed the order at the same time; reload it.');
}
