import { describe, expect, it } from 'vitest';
import { type OrderChanges, checkEdit } from './config-lock.js';
import { ORDER_STATUSES, type OrderStatus } from './order-status.js';

const NOTHING: OrderChanges = { vehicle: false, customerIdentity: false, contact: false, deposit: false };
const EVERYTHING: OrderChanges = { vehicle: true, customerIdentity: true, contact: true, deposit: true };

function found(status: OrderStatus, changes: Partial<OrderChanges>): string[] {
  return checkEdit(status, { ...NOTHING, ...changes }).map((violation) => `${violation.code}@${violation.path}`);
}

describe('checkEdit', () => {
  it.each<OrderStatus>(['submitted', 'postponed', 'manual_review', 'rejected'])(
    'lets the dealer change anything of a %s order (it is verified again)',
    (status) => {
      expect(checkEdit(status, EVERYTHING)).toEqual([]);
    },
  );

  it.each<[OrderStatus, Partial<OrderChanges>, string[]]>([
    ['verified', { vehicle: true }, ['CONFIG_LOCKED@vehicle']],
    ['scheduled', { customerIdentity: true }, ['CONFIG_LOCKED@customer.idNumber']],
    ['in_production', { deposit: true }, ['CONFIG_LOCKED@deposit']],
    ['shipped', { vehicle: true, deposit: true }, ['CONFIG_LOCKED@vehicle', 'CONFIG_LOCKED@deposit']],
    ['verified', EVERYTHING, ['CONFIG_LOCKED@vehicle', 'CONFIG_LOCKED@customer.idNumber', 'CONFIG_LOCKED@deposit']],
  ])('locks what was verified once an order is %s: %j', (status, changes, expected) => {
    expect(found(status, changes)).toEqual(expected);
  });

  it.each<OrderStatus>(['verified', 'scheduled', 'in_production', 'shipped'])(
    'keeps the name and phone of a %s order editable',
    (status) => {
      expect(found(status, { contact: true })).toEqual([]);
    },
  );

  it.each<[OrderStatus, Partial<OrderChanges>]>([
    ['cancelled', { contact: true }],
    ['cancelled', { vehicle: true }],
    ['delivered', { contact: true }],
    ['delivered', EVERYTHING],
  ])('closes a %s order to every change: %j', (status, changes) => {
    expect(found(status, changes)).toEqual(['order_closed@null']);
  });

  it.each(ORDER_STATUSES)('accepts an edit of a %s order that changes nothing', (status) => {
    expect(checkEdit(status, NOTHING)).toEqual([]);
  });
});
