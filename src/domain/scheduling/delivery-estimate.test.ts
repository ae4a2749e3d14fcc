import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { addDays } from '../shared/clock.js';
import {
  type DeliveryEstimateInput,
  estimateDelivery,
  type ReallocationDelayInput,
  reallocationDelayDays,
} from './delivery-estimate.js';
import { bookingKey } from './plant-capacity.js';
import type { Plant } from './plant-types.js';
import { scheduleOrders } from './sequence-orders.js';
import { testPlant } from './test-plants.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('delivery-estimate.test.ts');

/**
 * Ningbo builds two E7 a day, Monday to Friday; EAST is 2 days away, WEST 6. 2026-03-06 is a Friday; March 2026 has
 * 18 working days from then on (36 slots); 2026-04-01 is a Wednesday and 2026-05-01 a Friday.
 */
const ningbo = testPlant('NB');
const FRIDAY = '2026-03-06';

function estimateInput(overrides: Partial<DeliveryEstimateInput> = {}): DeliveryEstimateInput {
  return {
    plant: ningbo,
    model: 'AUR-E7',
    region: 'EAST',
    fromDate: FRIDAY,
    booked: new Map(),
    queueAhead: 0,
    ...overrides,
  };
}

function delayInput(overrides: Partial<ReallocationDelayInput> = {}): ReallocationDelayInput {
  return {
    plant: ningbo,
    model: 'AUR-E7',
    region: 'EAST',
    targetRegion: 'EAST',
    currentMonth: '2026-03',
    targetMonth: '2026-03',
    booked: new Map(),
    queueAhead: 0,
    today: FRIDAY,
    ...overrides,
  };
}

describe('estimateDelivery', () => {
  for (const { overrides, buildDate, eta, why } of [
    { why: 'with no queue, the first working day', overrides: {}, buildDate: FRIDAY, eta: '2026-03-08' },
    {
      why: 'behind one order, the same day’s second slot',
      overrides: { queueAhead: 1 },
      buildDate: FRIDAY,
      eta: '2026-03-08',
    },
    {
      why: 'behind two orders, the next working day',
      overrides: { queueAhead: 2 },
      buildDate: '2026-03-09',
      eta: '2026-03-11',
    },
    {
      why: 'behind five orders with Monday fully booked, Wednesday',
      overrides: { queueAhead: 5, booked: new Map([[bookingKey('2026-03-09', 'AUR-E7'), 2]]) },
      buildDate: '2026-03-11',
      eta: '2026-03-13',
    },
    {
      why: 'from a Saturday, Monday',
      overrides: { fromDate: '2026-03-07' },
      buildDate: '2026-03-09',
      eta: '2026-03-11',
    },
    { why: 'to a farther region, later', overrides: { region: 'WEST' }, buildDate: FRIDAY, eta: '2026-03-12' },
  ] satisfies { why: string; overrides: Partial<DeliveryEstimateInput>; buildDate: string; eta: string }[]) {
    it(`estimates ${why}`, () => {
      expect(estimateDelivery(estimateInput(overrides))).toEqual({ kind: 'estimated', buildDate, eta });
    });
  }

  for (const { overrides, reason, why } of [
    { why: 'a model the plant does not build', overrides: { model: 'AUR-X9' }, reason: 'model_not_built' },
    { why: 'a region the plant does not ship to', overrides: { region: 'SOUTH' }, reason: 'region_unknown' },
    {
      why: 'a queue that fills the horizon',
      overrides: { queueAhead: 2, horizonDays: 3 },
      reason: 'no_capacity',
    },
  ] satisfies { why: string; overrides: Partial<DeliveryEstimateInput>; reason: string }[]) {
    it(`gives no estimate for ${why}`, () => {
      expect(estimateDelivery(estimateInput(overrides))).toEqual({ kind: 'unavailable', reason });
    });
  }

  for (const { overrides, why } of [
    { why: 'a negative queue', overrides: { queueAhead: -1 } },
    { why: 'a fractional queue', overrides: { queueAhead: 1.5 } },
    { why: 'a malformed start date', overrides: { fromDate: '6 March' } },
    { why: 'a horizon of no days', overrides: { horizonDays: 0 } },
    { why: 'a negative booking', overrides: { booked: new Map([[bookingKey(FRIDAY, 'AUR-E7'), -1]]) } },
  ] satisfies { why: string; overrides: Partial<DeliveryEstimateInput> }[]) {
    it(`throws for ${why}`, () => {
      expect(() => estimateDelivery(estimateInput(overrides))).toThrow(InvariantError);
    });
  }

  it('gives the slot the scheduler would give the order behind the same queue', () => {
    const plantArbitrary: fc.Arbitrary<Plant> = fc
      .record({
        capacity: fc.integer({ min: 0, max: 3 }),
        workingWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
      })
      .map(({ capacity, workingWeekdays }) => ({ ...ningbo, dailyCapacity: { 'AUR-E7': capacity }, workingWeekdays }));
    const bookedArbitrary = fc
      .array(fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 4 })))
      .map((entries) => new Map(entries.map(([day, count]) => [bookingKey(addDays(FRIDAY, day), 'AUR-E7'), count])));
    fc.assert(
      fc.property(
        plantArbitrary,
        bookedArbitrary,
        fc.nat({ max: 25 }),
        fc.integer({ min: 1, max: 30 }),
        (plant, booked, queueAhead, horizonDays) => {
          const orders = Array.from({ length: queueAhead + 1 }, (_, index) => ({
            id: `order-${String(index).padStart(3, '0')}`,
            model: 'AUR-E7',
            verifiedAt: '2026-03-01T00:00:00Z',
            region: 'EAST',
          }));
          const schedule = scheduleOrders({
            plant,
            earliestDate: FRIDAY,
            booked,
            lastSequenceByDate: new Map(),
            orders,
            horizonDays,
          });
          const last = schedule.assignments.find((assignment) => assignment.orderId === orders.at(-1)?.id);
          const estimate = estimateDelivery({
            plant,
            model: 'AUR-E7',
            region: 'EAST',
            fromDate: FRIDAY,
            booked,
            queueAhead,
            horizonDays,
          });
          expect(estimate).toEqual(
            last === undefined
              ? { kind: 'unavailable', reason: 'no_capacity' }
              : { kind: 'estimated', buildDate: last.slot.buildDate, eta: last.eta },
          );
        },
      ),
      { seed, numRuns: 300 },
    );
  });
});

describe('reallocationDelayDays', () => {
  for (const { overrides, days, why } of [
    { why: 'staying in the same bucket delays nothing', overrides: {}, days: 0 },
    { why: 'a farther region in the same month adds the extra transit', overrides: { targetRegion: 'WEST' }, days: 4 },
    {
      why: 'a nearer region arrives earlier, which is no delay',
      overrides: { region: 'WEST', targetRegion: 'EAST' },
      days: 0,
    },
    {
      why: 'next month waits for its first working day (Friday 6 March to Wednesday 1 April)',
      overrides: { targetMonth: '2026-04' },
      days: 26,
    },
    {
      why: 'next month with its first day fully booked waits one more day',
      overrides: { targetMonth: '2026-04', booked: new Map([[bookingKey('2026-04-01', 'AUR-E7'), 2]]) },
      days: 27,
    },
    {
      why: 'next month in a farther region adds both',
      overrides: { targetMonth: '2026-04', targetRegion: 'WEST' },
      days: 30,
    },
    {
      why: 'next month delays nothing when the queue ahead already fills March',
      overrides: { targetMonth: '2026-04', queueAhead: 40 },
      days: 0,
    },
    {
      why: 'a month before the order’s own is no delay',
      overrides: { currentMonth: '2026-04', targetMonth: '2026-03' },
      days: 0,
    },
    {
      why: 'from a later month of its own, the next one starts a month later (1 April to Friday 1 May)',
      overrides: { currentMonth: '2026-04', targetMonth: '2026-05' },
      days: 30,
    },
  ] satisfies { why: string; overrides: Partial<ReallocationDelayInput>; days: number }[]) {
    it(`says ${why}: ${days} days`, () => {
      expect(reallocationDelayDays(delayInput(overrides))).toBe(days);
    });
  }

  for (const { overrides, why } of [
    { why: 'the target region is not shipped to', overrides: { targetRegion: 'SOUTH' } },
    { why: 'the order’s own region is not shipped to', overrides: { region: 'SOUTH' } },
    { why: 'the plant does not build the model', overrides: { model: 'AUR-X9' } },
    { why: 'no capacity is left within the horizon', overrides: { today: '2026-03-07', horizonDays: 1 } },
  ] satisfies { why: string; overrides: Partial<ReallocationDelayInput> }[]) {
    it(`is unknown (null) when ${why}`, () => {
      expect(reallocationDelayDays(delayInput(overrides))).toBeNull();
    });
  }

  for (const { overrides, why } of [
    { why: 'a malformed target month', overrides: { targetMonth: '2026-4' } },
    { why: 'a malformed current month', overrides: { currentMonth: 'March' } },
    { why: 'a malformed today', overrides: { today: '2026-03-32' } },
    { why: 'a negative queue', overrides: { queueAhead: -3 } },
  ] satisfies { why: string; overrides: Partial<ReallocationDelayInput> }[]) {
    it(`throws for ${why}`, () => {
      expect(() => reallocationDelayDays(delayInput(overrides))).toThrow(InvariantError);
    });
  }

  it('gives the same delays when the moves of one order share their walks of the schedule', () => {
    const regionArbitrary = fc.constantFrom('EAST', 'NORTH', 'WEST');
    const monthArbitrary = fc.constantFrom('2026-02', '2026-03', '2026-04', '2026-07');
    fc.assert(
      fc.property(
        regionArbitrary,
        monthArbitrary,
        fc.array(fc.tuple(regionArbitrary, monthArbitrary), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 200 }),
        fc.integer({ min: 0, max: 60 }).map((days) => addDays('2026-02-20', days)),
        (region, currentMonth, targets, queueAhead, today) => {
          const memo = new Map<string, string | null>();
          for (const [targetRegion, targetMonth] of targets) {
            const input = delayInput({ region, targetRegion, currentMonth, targetMonth, queueAhead, today });
            expect(reallocationDelayDays(input, memo)).toBe(reallocationDelayDays(input));
          }
        },
      ),
      { seed, numRuns: 200 },
    );
  });

  it('is never negative, and zero for the order’s own bucket', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('EAST', 'NORTH', 'WEST'),
        fc.constantFrom('EAST', 'NORTH', 'WEST'),
        fc.constantFrom('2026-02', '2026-03', '2026-04', '2026-07'),
        fc.constantFrom('2026-02', '2026-03', '2026-04', '2026-07'),
        fc.nat({ max: 200 }),
        fc.integer({ min: 0, max: 60 }).map((days) => addDays('2026-02-20', days)),
        (region, targetRegion, currentMonth, targetMonth, queueAhead, today) => {
          const input = delayInput({ region, targetRegion, currentMonth, targetMonth, queueAhead, today });
          expect(reallocationDelayDays(input)).toBeGreaterThanOrEqual(0);
          expect(reallocationDelayDays({ ...input, targetRegion: region, targetMonth: currentMonth })).toBe(0);
        },
      ),
      { seed, numRuns: 200 },
    );
  });
});
