import { type Violation, violation } from '../shared/violation.js';
import { LOCKED_STATUSES, type OrderStatus } from './order-status.js';

/** Which parts of an order an edit changes. */
export interface OrderChanges {
  /** Model, trim or options. */
  readonly vehicle: boolean;
  /** The buyer's ID type or number. */
  readonly customerIdentity: boolean;
  /** The buyer's name and mobile phone: how the dealer and the text messages reach them. */
  readonly contact: boolean;
  readonly deposit: boolean;
}

const CLOSED_STATUSES: ReadonlySet<OrderStatus> = new Set<OrderStatus>(['cancelled', 'delivered']);

/**
 * Whether an edit is allowed in this status. From verification on, what was verified (the vehicle, who buys it,
 * the deposit) is locked with `CONFIG_LOCKED` (the API's 409 code), while the contact data stays editable so a buyer
 * who changes phone still gets the messages. A cancelled or delivered order is closed to every change; an edit that
 * changes nothing changes nothing, so it is refused by no status.
 */
export function checkEdit(status: OrderStatus, changes: OrderChanges): Violation[] {
  const changesSomething = changes.vehicle || changes.customerIdentity || changes.contact || changes.deposit;
  if (CLOSED_STATUSES.has(status)) {
    if (!changesSomething) return [];
    return [violation('order_closed', `An order that is ${status} cannot be changed.`, null)];
  }
  if (!LOCKED_STATUSES.has(status)) return [];
  const locked: Violation[] = [];
  if (changes.vehicle) {
    locked.push(violation('CONFIG_LOCKED', `The vehicle of a ${status} order is locked.`, 'vehicle'));
  }
  if (changes.customerIdentity) {
    const message = `The buyer's ID of a ${status} order is locked.`;
    locked.push(violation('CONFIG_LOCKED', message, 'customer.idNumber'));
  }
  if (changes.deposit) {
    locked.push(violation('CONFIG_LOCKED', `The deposit of a ${status} order is locked.`, 'deposit'));
  }
  return locked;
}
