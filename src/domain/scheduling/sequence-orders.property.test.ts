import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/clock.js';
import { bookingKey, freeSlotsOn } from './plant-capacity.js';
import type { Plant } from './plant-types.js';
import { calendarDaysBetween, isWorkingDay } from './production-calendar.js';
import { type OrderToSchedule, type Schedule, type ScheduleInput, scheduleOrders } from './sequence-orders.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('sequence-orders.property.test.ts');

/** `M3` is never built and `R3` never shipped to, so every reason for leaving an order out comes up. */
const MODELS = ['M1', 'M2', 'M3'];
const BUILT_MODELS = ['M1', 'M2'];
const REGIONS = ['R1', 'R2', 'R3'];
const EARLIEST_DATES = ['2026-03-06', '2026-03-07', '2026-12-30'];
/** Few instants, some equal written in two zones, so that ties (broken by id) are common. */
const INSTANTS = ['2026-03-01T00:00:00Z', '2026-03-01T08:00:00+08:00', '2026-03-01T01:00:00Z', '2026-03-02T00:00:00Z'];
/** Bookings and sequences are set on the first days of the horizon, where orders land. */
const BOOKED_DAYS = 12;

const plantArbitrary: fc.Arbitrary<Plant> = fc.record({
  code: fc.constant('P1'),
  name: fc.constant('Property plant'),
  vinCode: fc.constant('P'),
  timeZone: fc.constant('Asia/Shanghai'),
  dailyCapacity: fc.record({ M1: fc.integer({ min: 0, max: 3 }), M2: fc.integer({ min: 0, max: 3 }) }),
  workingWeekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
  transitDays: fc.record({ R1: fc.nat({ max: 9 }), R2: fc.nat({ max: 9 }) }),
});

const ordersArbitrary: fc.Arbitrary<OrderToSchedule[]> = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    model: fc.constantFrom(...MODELS),
    verifiedAt: fc.constantFrom(...INSTANTS),
    region: fc.constantFrom(...REGIONS),
  }),
  { selector: (order) => order.id, maxLength: 30 },
);

const inputArbitrary: fc.Arbitrary<ScheduleInput> = fc
  .record({
    plant: plantArbitrary,
    earliestDate: fc.constantFrom(...EARLIEST_DATES),
    bookedCounts: fc.array(fc.tuple(fc.nat({ max: BOOKED_DAYS - 1 }), fc.constantFrom(...MODELS), fc.nat({ max: 4 }))),
    lastSequences: fc.array(fc.tuple(fc.nat({ max: BOOKED_DAYS - 1 }), fc.nat({ max: 50 }))),
    orders: ordersArbitrary,
    horizonDays: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })
  .map(({ bookedCounts, lastSequences, earliestDate, ...rest }) => ({
    ...rest,
    earliestDate,
    booked: new Map(bookedCounts.map(([day, model, count]) => [bookingKey(addDays(earliestDate, day), model), count])),
    lastSequenceByDate: new Map(lastSequences.map(([day, sequence]) => [addDays(earliestDate, day), sequence])),
  }));

function ordersById(input: ScheduleInput): Map<string, OrderToSchedule> {
  return new Map(input.orders.map((order) => [order.id, order]));
}

/** Bookings after the run: what was booked plus what was assigned. */
function bookingsAfter(input: ScheduleInput, schedule: Schedule): Map<string, number> {
  const orders = ordersById(input);
  const taken = new Map(input.booked);
  for (const { orderId, slot } of schedule.assignments) {
    const key = bookingKey(slot.buildDate, orders.get(orderId)!.model);
    taken.set(key, (taken.get(key) ?? 0) + 1);
  }
  return taken;
}

/** The queue rank of an order: older verification first, then lower id. */
function isOlder(a: OrderToSchedule, b: OrderToSchedule): boolean {
  const difference = Date.parse(a.verifiedAt) - Date.parse(b.verifiedAt);
  return difference < 0 || (difference === 0 && a.id < b.id);
}

function horizonOf(input: ScheduleInput): number {
  return input.horizonDays ?? 366;
}

function run(property: (input: ScheduleInput, schedule: Schedule) => void, numRuns = 200): void {
  fc.assert(
    fc.property(inputArbitrary, (input) => property(input, scheduleOrders(input))),
    { seed, numRuns },
  );
}

describe('scheduleOrders, for any plant, bookings and queue', () => {
  it('never gives a day more orders of a model than its capacity, counting what was booked', () => {
    run((input, schedule) => {
      const assignedByKey = new Map<string, number>();
      const orders = ordersById(input);
      for (const { orderId, slot } of schedule.assignments) {
        const key = bookingKey(slot.buildDate, orders.get(orderId)!.model);
        assignedByKey.set(key, (assignedByKey.get(key) ?? 0) + 1);
      }
      // Only days that got an order are looked at: a day booked beyond its capacity must have got none.
      for (const [key, assigned] of assignedByKey) {
        const capacity = input.plant.dailyCapacity[key.split('|')[1]!] ?? 0;
        expect((input.booked.get(key) ?? 0) + assigned).toBeLessThanOrEqual(capacity);
      }
    });
  });

  it('never builds an older order of a model later than a younger one', () => {
    run((input, schedule) => {
      const orders = ordersById(input);
      for (const first of schedule.assignments) {
        for (const second of schedule.assignments) {
          const [a, b] = [orders.get(first.orderId)!, orders.get(second.orderId)!];
          if (a.model === b.model && isOlder(a, b)) expect(first.slot.buildDate <= second.slot.buildDate).toBe(true);
        }
      }
    });
  });

  it('numbers each build date uniquely and consecutively, after the last number given out', () => {
    run((input, schedule) => {
      const sequencesByDate = new Map<string, number[]>();
      for (const { slot } of schedule.assignments) {
        sequencesByDate.set(slot.buildDate, [...(sequencesByDate.get(slot.buildDate) ?? []), slot.sequence]);
      }
      for (const [date, sequences] of sequencesByDate) {
        const last = input.lastSequenceByDate.get(date) ?? 0;
        const expected = sequences.map((_, index) => last + index + 1);
        expect([...sequences].sort((a, b) => a - b)).toEqual(expected);
      }
    });
  });

  it('builds only on working days from the earliest date, within the horizon, and ships by the transit time', () => {
    run((input, schedule) => {
      const orders = ordersById(input);
      for (const { orderId, slot, eta } of schedule.assignments) {
        expect(isWorkingDay(input.plant, slot.buildDate)).toBe(true);
        expect(slot.buildDate >= input.earliestDate).toBe(true);
        expect(calendarDaysBetween(input.earliestDate, slot.buildDate)).toBeLessThan(horizonOf(input));
        expect(slot.plant).toBe(input.plant.code);
        expect(eta).toBe(addDays(slot.buildDate, input.plant.transitDays[orders.get(orderId)!.region]!));
      }
    });
  });

  it('leaves no free slot of a model on a working day before the build date of an order of it', () => {
    run((input, schedule) => {
      const taken = bookingsAfter(input, schedule);
      const orders = ordersById(input);
      for (const { orderId, slot } of schedule.assignments) {
        const model = orders.get(orderId)!.model;
        for (let date = input.earliestDate; date < slot.buildDate; date = addDays(date, 1)) {
          expect(freeSlotsOn(input.plant, model, taken, date)).toBe(0);
        }
      }
    });
  });

  it('gives every order a slot or a reason, and the right reason', () => {
    run((input, schedule) => {
      const taken = bookingsAfter(input, schedule);
      const seen = [...schedule.assignments, ...schedule.unscheduled].map((entry) => entry.orderId);
      expect([...seen].sort()).toEqual(input.orders.map((order) => order.id).sort());
      const orders = ordersById(input);
      for (const { orderId, reason } of schedule.unscheduled) {
        const { model, region } = orders.get(orderId)!;
        if (!BUILT_MODELS.includes(model)) expect(reason).toBe('model_not_built');
        else if (!(region in input.plant.transitDays)) expect(reason).toBe('region_unknown');
        else {
          expect(reason).toBe('no_capacity');
          const horizon = Array.from({ length: horizonOf(input) }, (_, day) => addDays(input.earliestDate, day));
          expect(horizon.every((date) => freeSlotsOn(input.plant, model, taken, date) === 0)).toBe(true);
        }
      }
    });
  });

  it('gives the same schedule whatever order the orders are listed in', () => {
    fc.assert(
      fc.property(
        inputArbitrary.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.orders], { minLength: input.orders.length })),
        ),
        ([input, shuffled]) => {
          expect(scheduleOrders({ ...input, orders: shuffled })).toEqual(scheduleOrders(input));
        },
      ),
      { seed, numRuns: 100 },
    );
  });
});
