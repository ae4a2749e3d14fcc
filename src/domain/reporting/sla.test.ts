import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type OrderStatus } from '../order/order-status.js';
import { InvariantError } from '../shared/assert.js';
import { isDecided, isPastSla, missedSla, slaDeadline } from './sla.js';

const CREATED = '2026-03-01T00:00:00Z';
/** 48 hours after {@link CREATED}. */
const DEADLINE = '2026-03-03T00:00:00Z';
const JUST_AFTER = '2026-03-03T00:00:00.001Z';
const WAITING_STATUSES: readonly OrderStatus[] = ['submitted', 'postponed', 'manual_review'];

describe('slaDeadline', () => {
  for (const { createdAt, hours, deadline } of [
    { createdAt: '2026-03-01T10:00:00+08:00', hours: undefined, deadline: '2026-03-03T02:00:00.000Z' },
    { createdAt: '2026-03-01T10:00:00+08:00', hours: 24, deadline: '2026-03-02T02:00:00.000Z' },
    { createdAt: '2026-02-28T12:00:00Z', hours: 48, deadline: '2026-03-02T12:00:00.000Z' },
    { createdAt: '2024-02-28T12:00:00Z', hours: 48, deadline: '2024-03-01T12:00:00.000Z' },
    { createdAt: CREATED, hours: 0.5, deadline: '2026-03-01T00:30:00.000Z' },
  ]) {
    it(`puts the deadline of an order created at ${createdAt}, with ${hours ?? 'the default 48'} hours, at ${deadline}`, () => {
      expect(slaDeadline(createdAt, hours)).toBe(deadline);
    });
  }

  for (const { createdAt, hours } of [
    { createdAt: 'yesterday', hours: 48 },
    { createdAt: CREATED, hours: 0 },
    { createdAt: CREATED, hours: -1 },
    { createdAt: CREATED, hours: Number.NaN },
    { createdAt: CREATED, hours: Number.POSITIVE_INFINITY },
  ]) {
    it(`throws for creation time "${createdAt}" and ${hours} hours`, () => {
      expect(() => slaDeadline(createdAt, hours)).toThrow(InvariantError);
    });
  }
});

describe('isPastSla', () => {
  for (const { status, now, past, why } of [
    { status: 'submitted', now: '2026-03-02T00:00:00Z', past: false, why: 'a submitted order within the SLA' },
    { status: 'submitted', now: DEADLINE, past: false, why: 'a submitted order at the deadline itself' },
    { status: 'submitted', now: JUST_AFTER, past: true, why: 'a submitted order a millisecond after it' },
    { status: 'postponed', now: JUST_AFTER, past: true, why: 'a postponed order after it' },
    { status: 'manual_review', now: JUST_AFTER, past: true, why: 'an order in review after it' },
    { status: 'manual_review', now: '2026-03-03T08:00:01+08:00', past: true, why: 'one with now in Shanghai time' },
    { status: 'verified', now: '2026-04-01T00:00:00Z', past: false, why: 'a verified order, however late,' },
    { status: 'rejected', now: '2026-04-01T00:00:00Z', past: false, why: 'a rejected order' },
    { status: 'cancelled', now: '2026-04-01T00:00:00Z', past: false, why: 'a cancelled order' },
  ] satisfies { status: OrderStatus; now: string; past: boolean; why: string }[]) {
    it(`says ${why} is ${past ? '' : 'not '}past the SLA`, () => {
      expect(isPastSla({ status, createdAt: CREATED }, now)).toBe(past);
    });
  }

  it('takes another SLA when told', () => {
    expect(isPastSla({ status: 'submitted', createdAt: CREATED }, '2026-03-02T00:00:01Z', 24)).toBe(true);
    expect(isPastSla({ status: 'submitted', createdAt: CREATED }, '2026-03-02T00:00:01Z', 72)).toBe(false);
  });

  it('throws for a malformed now', () => {
    expect(() => isPastSla({ status: 'submitted', createdAt: CREATED }, 'now')).toThrow(InvariantError);
  });
});

describe('isDecided', () => {
  for (const status of ORDER_STATUSES) {
    const decided = !WAITING_STATUSES.includes(status);
    it(`says an order ${status} with a decision time is ${decided ? '' : 'not '}decided`, () => {
      expect(isDecided({ status, decidedAt: DEADLINE })).toBe(decided);
    });
  }

  it('says an order without a decision time (cancelled before one) is not decided', () => {
    expect(isDecided({ status: 'cancelled', decidedAt: null })).toBe(false);
  });
});

describe('missedSla', () => {
  const now = '2026-04-01T00:00:00Z';
  for (const { status, decidedAt, missed, why } of [
    { status: 'verified', decidedAt: '2026-03-01T00:00:02Z', missed: false, why: 'an order verified in seconds' },
    { status: 'verified', decidedAt: DEADLINE, missed: false, why: 'an order verified at the deadline itself' },
    { status: 'verified', decidedAt: JUST_AFTER, missed: true, why: 'an order verified after the deadline' },
    { status: 'rejected', decidedAt: '2026-03-10T00:00:00Z', missed: true, why: 'an order rejected a week late' },
    { status: 'delivered', decidedAt: JUST_AFTER, missed: true, why: 'a delivered order decided late, long ago' },
    { status: 'manual_review', decidedAt: null, missed: true, why: 'an order still in review a month on' },
    { status: 'cancelled', decidedAt: null, missed: false, why: 'an order cancelled before any decision' },
  ] satisfies { status: OrderStatus; decidedAt: string | null; missed: boolean; why: string }[]) {
    it(`says ${why} ${missed ? 'missed' : 'kept'} the SLA`, () => {
      expect(missedSla({ status, createdAt: CREATED, decidedAt }, now)).toBe(missed);
    });
  }

  it('does not count a waiting order that is still within the SLA', () => {
    expect(missedSla({ status: 'postponed', createdAt: CREATED, decidedAt: null }, '2026-03-02T00:00:00Z')).toBe(false);
  });
});
