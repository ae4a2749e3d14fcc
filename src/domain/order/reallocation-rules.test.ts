import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../verification/verification-types.js';
import { ORDER_STATUSES, type OrderStatus } from './order-status.js';
import { checkReallocation, type ReallocationRequest } from './reallocation-rules.js';

const QUOTA_FAILED: CheckOutcome = {
  check: 'quota',
  result: 'fail',
  code: 'quota_exhausted',
  message: 'Used up.',
  path: 'vehicle.model',
};
const DEPOSIT_FAILED: CheckOutcome = {
  check: 'completeness',
  result: 'fail',
  code: 'deposit_below_minimum',
  message: 'Too little.',
  path: 'deposit.amountCents',
};

const request = (overrides: Partial<ReallocationRequest> = {}): ReallocationRequest => ({
  status: 'rejected',
  checks: [QUOTA_FAILED],
  from: { region: 'NORTH', month: '2026-12', model: 'C3' },
  to: { region: 'NORTH', month: '2027-01', model: 'C3' },
  currentMonth: '2026-12',
  ...overrides,
});

const codes = (overrides: Partial<ReallocationRequest>) => checkReallocation(request(overrides)).map((v) => v.code);

describe('checkReallocation', () => {
  it('moves an order rejected for quota to a later month', () => {
    expect(codes({})).toEqual([]);
  });

  it('moves an order rejected for quota to another region in the same month', () => {
    expect(codes({ to: { region: 'EAST', month: '2026-12', model: 'C3' } })).toEqual([]);
  });

  it('moves an order rejected for quota and something else (the new verification still rejects it)', () => {
    expect(codes({ checks: [DEPOSIT_FAILED, QUOTA_FAILED] })).toEqual([]);
  });

  it('moves a postponed order, which holds no quota yet', () => {
    expect(codes({ status: 'postponed', checks: [] })).toEqual([]);
  });

  it('refuses to move an order rejected for anything but quota: another bucket cannot cure it', () => {
    expect(codes({ checks: [DEPOSIT_FAILED] })).toEqual(['reallocation_not_allowed']);
  });

  it.each(ORDER_STATUSES.filter((status) => status !== 'rejected' && status !== 'postponed'))(
    'refuses to move an order that is %s',
    (status: OrderStatus) => {
      const [found] = checkReallocation(request({ status }));
      expect(found).toMatchObject({ code: 'reallocation_not_allowed', path: 'status' });
      expect(found?.message).toContain(status);
    },
  );

  it('refuses a move to the bucket the order already has', () => {
    expect(codes({ to: request().from })).toEqual(['reallocation_same_bucket']);
  });

  it('refuses a month that is over, and says which month is the first allowed', () => {
    const found = checkReallocation(request({ to: { region: 'EAST', month: '2026-11', model: 'C3' } }));
    expect(found).toEqual([
      {
        code: 'reallocation_month_past',
        message: 'The month 2026-11 is over; choose 2026-12 or later.',
        path: 'month',
      },
    ]);
  });
});
