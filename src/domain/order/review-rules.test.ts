import { describe, expect, it } from 'vitest';
import type { CheckOutcome, Verification } from '../verification/verification-types.js';
import { ORDER_STATUSES, type OrderStatus } from './order-status.js';
import { checkReview, rejectedByReviewer, reviewReasons } from './review-rules.js';

const pass = (check: CheckOutcome['check']): CheckOutcome => ({
  check,
  result: 'pass',
  code: 'ok',
  message: 'fine',
  path: null,
});

const REVIEW: Verification = {
  decision: 'manual_review',
  decidedBy: 'system',
  decidedAt: '2026-12-04T04:00:00.000Z',
  checks: [
    pass('completeness'),
    pass('buildability'),
    pass('quota'),
    pass('materials'),
    { check: 'special', result: 'review', code: 'special_option', message: 'Armour.', path: 'vehicle.options.4' },
    { check: 'special', result: 'review', code: 'company_buyer', message: 'Fleet.', path: 'customer.idType' },
  ],
};

describe('checkReview', () => {
  it.each<['approve' | 'reject', string | null]>([
    ['approve', null],
    ['approve', 'Known fleet customer'],
    ['reject', 'Buyer already has an E7 on order'],
  ])('lets a reviewer %s an order in the queue (reason %j)', (decision, reason) => {
    expect(checkReview('manual_review', decision, reason)).toEqual([]);
  });

  it.each([null, '', '   \n'])('refuses a rejection without a reason (%j)', (reason) => {
    expect(checkReview('manual_review', 'reject', reason)).toEqual([
      { code: 'review_reason_required', message: 'Say why the order is rejected.', path: 'reason' },
    ]);
  });

  it.each(ORDER_STATUSES.filter((status) => status !== 'manual_review'))(
    'refuses to review an order that is %s',
    (status: OrderStatus) => {
      const [found] = checkReview(status, 'approve', null);
      expect(found).toMatchObject({ code: 'order_not_in_review', path: 'status' });
      expect(found?.message).toContain(status);
    },
  );
});

describe('reviewReasons', () => {
  it('gives the special check lines that sent the order to review, and nothing else', () => {
    expect(reviewReasons(REVIEW).map((line) => line.code)).toEqual(['special_option', 'company_buyer']);
  });

  it('gives nothing for an order never verified', () => {
    expect(reviewReasons(null)).toEqual([]);
  });
});

describe('rejectedByReviewer', () => {
  const rejected = rejectedByReviewer(REVIEW, 'reviewer', '  Scalping suspected ', '2026-12-05T01:00:00.000Z');

  it('records the reviewer, the time and the decision', () => {
    expect(rejected).toMatchObject({
      decision: 'rejected',
      decidedBy: 'reviewer',
      decidedAt: '2026-12-05T01:00:00.000Z',
    });
  });

  it('replaces the special lines by one failing line with the reason, keeping the other checks', () => {
    expect(rejected.checks.map((line) => `${line.check}:${line.result}:${line.code}`)).toEqual([
      'completeness:pass:ok',
      'buildability:pass:ok',
      'quota:pass:ok',
      'materials:pass:ok',
      'special:fail:review_rejected',
    ]);
    expect(rejected.checks.at(-1)?.message).toBe('Rejected by reviewer: Scalping suspected');
  });
});
