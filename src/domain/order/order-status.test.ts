import { describe, expect, it } from 'vitest';
import {
  ACTIVE_STATUSES,
  HOLDS_QUOTA_STATUSES,
  LOCKED_STATUSES,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  type OrderStatus,
  UNDECIDED_STATUSES,
  isOrderStatus,
} from './order-status.js';

/** Every status reachable from `start` by following the table. */
function reachableFrom(start: OrderStatus): Set<OrderStatus> {
  const reached = new Set<OrderStatus>([start]);
  const queue: OrderStatus[] = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const target of ORDER_TRANSITIONS[next]) {
      if (!reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  return reached;
}

describe('the transition table', () => {
  it('has a row for every status and no other', () => {
    expect(Object.keys(ORDER_TRANSITIONS).sort()).toEqual([...ORDER_STATUSES].sort());
  });

  it.each(ORDER_STATUSES)('moves %s only to known statuses, each listed once', (status) => {
    const targets = ORDER_TRANSITIONS[status];
    for (const target of targets) expect(ORDER_STATUSES).toContain(target);
    expect(new Set(targets).size).toBe(targets.length);
  });

  it('reaches every status from submitted', () => {
    expect([...reachableFrom('submitted')].sort()).toEqual([...ORDER_STATUSES].sort());
  });

  it('ends only in delivered and cancelled', () => {
    const terminal = ORDER_STATUSES.filter((status) => ORDER_TRANSITIONS[status].length === 0);
    expect(terminal).toEqual(['delivered', 'cancelled']);
  });

  it.each(ORDER_STATUSES.filter((status) => status !== 'delivered' && status !== 'cancelled'))(
    'lets a %s order still end in delivered or cancelled',
    (status) => {
      const reached = reachableFrom(status);
      expect(reached.has('delivered') || reached.has('cancelled')).toBe(true);
    },
  );

  it.each<[OrderStatus, OrderStatus[]]>([
    ['submitted', ['verified', 'rejected', 'postponed', 'manual_review', 'cancelled']],
    ['postponed', ['verified', 'rejected', 'postponed', 'manual_review', 'cancelled']],
    ['manual_review', ['verified', 'postponed', 'rejected', 'cancelled']],
    ['rejected', ['verified', 'rejected', 'postponed', 'manual_review', 'cancelled']],
    ['verified', ['scheduled', 'cancelled']],
    ['scheduled', ['in_production', 'cancelled']],
    ['in_production', ['shipped', 'cancelled']],
    ['shipped', ['delivered']],
    ['delivered', []],
    ['cancelled', []],
  ])('follows the diagram of SPEC §4 from %s', (status, targets) => {
    expect([...ORDER_TRANSITIONS[status]].sort()).toEqual([...targets].sort());
  });

  it('can cancel exactly the statuses before shipped', () => {
    const cancellable = ORDER_STATUSES.filter((status) => ORDER_TRANSITIONS[status].includes('cancelled'));
    expect(cancellable).toEqual([
      'submitted',
      'verified',
      'postponed',
      'manual_review',
      'rejected',
      'scheduled',
      'in_production',
    ]);
  });
});

describe('the status sets', () => {
  it.each<[string, ReadonlySet<OrderStatus>, OrderStatus[]]>([
    [
      'active (anti-scalping)',
      ACTIVE_STATUSES,
      ['submitted', 'verified', 'postponed', 'manual_review', 'scheduled', 'in_production', 'shipped'],
    ],
    ['locked', LOCKED_STATUSES, ['verified', 'scheduled', 'in_production', 'shipped', 'delivered']],
    ['holding quota', HOLDS_QUOTA_STATUSES, ['verified', 'scheduled', 'in_production', 'shipped', 'delivered']],
    ['undecided', UNDECIDED_STATUSES, ['submitted', 'postponed', 'manual_review']],
  ])('names the %s statuses', (_name, set, expected) => {
    expect([...set].sort()).toEqual([...expected].sort());
  });

  it('holds quota in every status a verified order can reach before it is cancelled', () => {
    const afterVerified = [...reachableFrom('verified')].filter((status) => status !== 'cancelled');
    expect(afterVerified.sort()).toEqual([...HOLDS_QUOTA_STATUSES].sort());
  });

  it('never counts an undecided order as holding quota', () => {
    for (const status of UNDECIDED_STATUSES) expect(HOLDS_QUOTA_STATUSES.has(status)).toBe(false);
  });
});

describe('isOrderStatus', () => {
  it.each(ORDER_STATUSES)('knows %s', (status) => {
    expect(isOrderStatus(status)).toBe(true);
  });

  it.each(['', 'Verified', 'in-production', 'approved', 'toString', 'constructor'])('does not know "%s"', (value) => {
    expect(isOrderStatus(value)).toBe(false);
  });
});
