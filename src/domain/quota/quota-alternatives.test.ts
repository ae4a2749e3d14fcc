import { describe, expect, it } from 'vitest';
import type { QuotaKey } from '../order/order-types.js';
import { bookingKey } from '../scheduling/plant-capacity.js';
import { testPlant } from '../scheduling/test-plants.js';
import { bucketDeliveryEstimate } from './bucket-estimate.js';
import { daysBetweenMonths, quotaAlternatives, reallocationDelay, type ScheduleOutlook } from './quota-alternatives.js';
import type { QuotaBucket } from './quota-types.js';

/** Ningbo builds two AUR-E7 a day, Monday to Friday; EAST is 2 days away, WEST 6. 2026-03-06 is a Friday. */
const OUTLOOK: ScheduleOutlook = { plant: testPlant('NB'), booked: new Map(), queueAhead: 0, today: '2026-03-06' };
const KEY: QuotaKey = { region: 'EAST', month: '2026-03', model: 'AUR-E7' };
const bucket = (region: string, month: string, cap = 5, used = 0, model = 'AUR-E7'): QuotaBucket => ({
  region,
  month,
  model,
  cap,
  used,
});

describe('daysBetweenMonths', () => {
  it.each([
    ['2026-12', '2027-02', 62],
    ['2026-03', '2026-03', 0],
    ['2026-02', '2026-03', 28],
  ])('counts %s to %s as %i days', (from, to, days) => {
    expect(daysBetweenMonths(from, to)).toBe(days);
  });
});

describe('reallocationDelay', () => {
  it('comes from the schedule: next month waits for its first working day', () => {
    expect(reallocationDelay(KEY, { ...KEY, month: '2026-04' }, OUTLOOK)).toBe(26);
  });

  it('comes from the schedule: a farther region adds the extra transit days', () => {
    expect(reallocationDelay(KEY, { ...KEY, region: 'WEST' }, OUTLOOK)).toBe(4);
  });

  it('is nothing when the queue ahead already fills the current month', () => {
    expect(reallocationDelay(KEY, { ...KEY, month: '2026-04' }, { ...OUTLOOK, queueAhead: 40 })).toBe(0);
  });

  it('falls back to the months between when there is no schedule', () => {
    expect(reallocationDelay(KEY, { ...KEY, month: '2026-04' }, null)).toBe(31);
  });

  it('falls back to the months between when the plant cannot place the order', () => {
    expect(reallocationDelay(KEY, { ...KEY, region: 'SOUTH', month: '2026-05' }, OUTLOOK)).toBe(61);
  });
});

describe('quotaAlternatives', () => {
  const buckets = [
    bucket('EAST', '2026-02'),
    bucket('EAST', '2026-03', 5, 5),
    bucket('EAST', '2026-04'),
    bucket('WEST', '2026-03'),
    bucket('NORTH', '2026-03', 5, 0, 'AUR-X9'),
  ];

  it('offers later months and other regions of the same model, never an earlier month or the bucket itself', () => {
    const offered = quotaAlternatives(KEY, buckets, OUTLOOK).map(
      (alternative) => `${alternative.bucket.region} ${alternative.bucket.month}: ${alternative.delayDays}`,
    );
    expect(offered).toEqual(['EAST 2026-04: 26', 'WEST 2026-03: 4']);
  });

  it('gives the month differences when no schedule is known', () => {
    expect(quotaAlternatives(KEY, buckets).map((alternative) => alternative.delayDays)).toEqual([31, 0]);
  });
});

describe('bucketDeliveryEstimate', () => {
  it('builds an order of this month on the first day with room and ships it to the region', () => {
    expect(bucketDeliveryEstimate(OUTLOOK, KEY)).toBe('2026-03-08');
  });

  it('builds an order of a later month no earlier than that month', () => {
    expect(bucketDeliveryEstimate(OUTLOOK, { ...KEY, month: '2026-04' })).toBe('2026-04-03');
  });

  it('moves past a fully booked first day, and ships farther for a farther region', () => {
    const booked = new Map([[bookingKey('2026-04-01', 'AUR-E7'), 2]]);
    expect(bucketDeliveryEstimate({ ...OUTLOOK, booked }, { ...KEY, month: '2026-04', region: 'WEST' })).toBe(
      '2026-04-08',
    );
  });

  it('has no estimate for a region the plant does not ship to', () => {
    expect(bucketDeliveryEstimate(OUTLOOK, { ...KEY, region: 'SOUTH' })).toBeNull();
  });
});
