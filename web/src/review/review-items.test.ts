import { describe, expect, it } from 'vitest';
import { moveWithin, reviewItems } from './review-items.js';

const reviewLine = {
  check: 'special',
  result: 'review',
  code: 'company_buyer',
  message: 'Company buyer.',
  path: 'customer.idType',
};
const order = (id: string, createdAt = '2026-12-04T04:00:00Z') => ({
  id,
  createdAt,
  orderNo: `SO-${id}`,
  verification: { checks: [{ check: 'quota', result: 'pass', code: 'ok', message: 'ok', path: null }, reviewLine] },
});

describe('the review queue as the server sends it', () => {
  it('reads a page of orders and takes their review lines as the reasons', () => {
    const items = reviewItems({ items: [order('a')], nextCursor: null });
    expect(items.map((item) => item.order.id)).toEqual(['a']);
    expect(items[0]?.reasons).toEqual([{ line: reviewLine }]);
  });

  it('reads a list of orders with their own reasons, as lines or as sentences', () => {
    const items = reviewItems([
      {
        order: order('b'),
        reasons: [
          'Ordered twice this month.',
          { code: 'special_option', message: 'Armour.', path: 'vehicle.options.4' },
        ],
      },
      'nonsense',
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]?.reasons).toEqual([
      { text: 'Ordered twice this month.' },
      {
        line: {
          check: 'special',
          result: 'review',
          code: 'special_option',
          message: 'Armour.',
          path: 'vehicle.options.4',
        },
      },
    ]);
  });

  it('puts the order waiting longest first', () => {
    const items = reviewItems([order('new', '2026-12-04T05:00:00Z'), order('old', '2026-12-03T05:00:00Z')]);
    expect(items.map((item) => item.order.id)).toEqual(['old', 'new']);
  });

  it('keeps keyboard moves inside the queue', () => {
    expect(moveWithin(0, -1, 3)).toBe(0);
    expect(moveWithin(2, 1, 3)).toBe(2);
    expect(moveWithin(1, 1, 3)).toBe(2);
    expect(moveWithin(4, 0, 0)).toBe(0);
  });
});
