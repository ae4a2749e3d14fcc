import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { ORDER_STATUSES, ORDER_TRANSITIONS, type OrderStatus } from './order-status.js';
import { assertTransition, transition } from './order-transition.js';

const ALL_PAIRS = ORDER_STATUSES.flatMap((from) =>
  ORDER_STATUSES.map((to) => [from, to] as [OrderStatus, OrderStatus]),
);
const ALLOWED = ALL_PAIRS.filter(([from, to]) => ORDER_TRANSITIONS[from].includes(to));
const REFUSED = ALL_PAIRS.filter(([from, to]) => !ORDER_TRANSITIONS[from].includes(to));

describe('transition', () => {
  it('checks every pair of statuses, allowed or not', () => {
    expect(ALLOWED.length + REFUSED.length).toBe(ORDER_STATUSES.length ** 2);
    expect(ALLOWED.length).toBeGreaterThan(0);
  });

  it.each(ALLOWED)('lets an order go from %s to %s', (from, to) => {
    expect(transition(from, to)).toEqual({ ok: true });
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(REFUSED)('refuses to move an order from %s to %s', (from, to) => {
    const result = transition(from, to);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.violation.code).toBe('transition_not_allowed');
      expect(result.violation.path).toBe('status');
      expect(result.violation.message).toContain(from);
      expect(result.violation.message).toContain(to);
    }
  });

  it.each(REFUSED)('throws an invariant error when a use case forces %s to %s', (from, to) => {
    expect(() => assertTransition(from, to)).toThrow(InvariantError);
  });

  it.each<[OrderStatus, OrderStatus]>([
    ['shipped', 'cancelled'],
    ['delivered', 'cancelled'],
    ['cancelled', 'submitted'],
    ['verified', 'rejected'],
    ['submitted', 'scheduled'],
    ['scheduled', 'verified'],
  ])('refuses, as the diagram says, %s to %s', (from, to) => {
    expect(transition(from, to).ok).toBe(false);
  });

  it.each(['toString', 'constructor', 'approved', ''])('refuses a status "%s" that came in unchecked', (unknown) => {
    expect(transition(unknown as OrderStatus, 'verified').ok).toBe(false);
    expect(transition('submitted', unknown as OrderStatus).ok).toBe(false);
  });
});
