import { describe, expect, it } from 'vitest';
import { refundOnCancellation } from './deposit-refund.js';

describe('refundOnCancellation', () => {
  it('owes the buyer a paid deposit back: pending until finance refunds it', () => {
    expect(refundOnCancellation({ amountCents: 500_000, paidAt: '2026-12-03T02:00:00Z', reference: 'PAY-1' })).toBe(
      'pending',
    );
  });

  it('owes nothing when no money was paid', () => {
    expect(refundOnCancellation({ amountCents: 0, paidAt: '2026-12-03T02:00:00Z', reference: 'PAY-2' })).toBe('none');
  });
});
