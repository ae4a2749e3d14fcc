import { InvariantError } from '../shared/assert.js';
import { type Violation, violation } from '../shared/violation.js';
import { ORDER_TRANSITIONS, type OrderStatus } from './order-status.js';

export type TransitionResult = { readonly ok: true } | { readonly ok: false; readonly violation: Violation };

/** Whether the table lets an order move from one status to the other; a refusal is a value with a stable code. */
export function transition(from: OrderStatus, to: OrderStatus): TransitionResult {
  // Own properties only: a status that came in unchecked (`toString`) must be refused, not read off the prototype.
  const targets = Object.hasOwn(ORDER_TRANSITIONS, from) ? ORDER_TRANSITIONS[from] : [];
  if (targets.includes(to)) return { ok: true };
  const message = `An order cannot go from ${from} to ${to}.`;
  return { ok: false, violation: violation('transition_not_allowed', message, 'status') };
}

/**
 * For use cases that have already decided the move is legal: a refusal here is a bug, so it throws instead of
 * returning a value to handle.
 */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  const result = transition(from, to);
  if (!result.ok) throw new InvariantError(result.violation.message);
}
