import { assertTransition } from '../../domain/order/order-transition.js';
import type { Violation } from '../../domain/shared/violation.js';
import { ApplicationError } from '../application-error.js';
import type { NewOrderEvent, StoredOrder, UnitOfWork } from '../ports/repositories.js';
import { type OrderChangeServices, queueCustomerMessage, queueDealerWebhook } from './record-order-change.js';

/** The refusal of a use case from the violations a rule found: the first one's code decides the status. */
export function refusalOf(violations: readonly Violation[]): ApplicationError {
  const [first] = violations;
  return new ApplicationError(first?.code ?? 'validation_failed', first?.message ?? 'Refused.', violations);
}

/**
 * Writes an order's next state with its events, one version on, when nobody changed the order since it was read;
 * the customer's message and the dealer's webhook calls are queued in the same transaction when the status changed
 * (staying postponed sends no second message). A move the transition table does not allow is a bug in the use case.
 */
export async function saveOrderChange(
  unit: UnitOfWork,
  services: OrderChangeServices,
  before: StoredOrder,
  after: StoredOrder,
  events: readonly NewOrderEvent[],
  at: string,
): Promise<StoredOrder> {
  if (after.status !== before.status) assertTransition(before.status, after.status);
  const written: StoredOrder = { ...after, updatedAt: at, version: before.version + 1 };
  if (!(await unit.orders.update(written, before.version, events))) {
    throw new ApplicationError('VERSION_MISMATCH', 'Someone changed the order at the same time; reload it.');
  }
  if (written.status !== before.status) await queueCustomerMessage(unit, services.ids, written, at);
  await queueDealerWebhook(unit, services, written, events);
  return written;
}
