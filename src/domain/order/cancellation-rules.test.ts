import { describe, expect, it } from 'vitest';
import { checkCancellation } from './cancellation-rules.js';
import type { OrderStatus } from './order-status.js';

describe('checkCancellation', () => {
  it.each<[OrderStatus, boolean, string[]]>([
    ['submitted', false, []],
    ['submitted', true, []],
    ['postponed', false, []],
    ['manual_review', false, []],
    ['rejected', false, []],
    ['rejected', true, []],
    ['verified', true, []],
    ['scheduled', true, []],
    ['in_production', true, []],
    ['verified', false, ['cancel_requires_oem']],
    ['scheduled', false, ['cancel_requires_oem']],
    ['in_production', false, ['cancel_requires_oem']],
    ['shipped', true, ['cancel_not_allowed']],
    ['shipped', false, ['cancel_not_allowed']],
    ['delivered', true, ['cancel_not_allowed']],
    ['cancelled', true, ['cancel_not_allowed']],
    ['cancelled', false, ['cancel_not_allowed']],
  ])('for a %s order cancelled by the automaker: %s, finds %j', (status, actorIsOem, codes) => {
    expect(checkCancellation(status, actorIsOem).map((found) => found.code)).toEqual(codes);
  });

  it('says in words which status stops the cancellation', () => {
    const [found] = checkCancellation('shipped', true);
    expect(found?.message).toBe('An order that is shipped cannot be cancelled.');
    expect(found?.path).toBe('status');
  });
});
