import { type Violation, violation } from '../shared/violation.js';
import { LOCKED_STATUSES, type OrderStatus } from './order-status.js';
import { transition } from './order-transition.js';

/**
 * Whether an order in this status may be cancelled by this actor. The transition table says which statuses may be
 * cancelled at all (anything before shipped); once verified the order holds quota, parts and perhaps a production
 * slot, so only the automaker may give them back.
 */
export function checkCancellation(status: OrderStatus, actorIsOem: boolean): Violation[] {
  if (!transition(status, 'cancelled').ok) {
    return [violation('cancel_not_allowed', `An order that is ${status} cannot be cancelled.`, 'status')];
  }
  if (LOCKED_STATUSES.has(status) && !actorIsOem) {
    const message = `Only the automaker may cancel an order that is ${status}.`;
    return [violation('cancel_requires_oem', message, 'status')];
  }
  return [];
}
