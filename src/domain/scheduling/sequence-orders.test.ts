import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { addDays } from '../shared/clock.js';
import { bookingKey } from './plant-capacity.js';
import type { Plant } from './plant-types.js';
import { type OrderToSchedule, type ScheduleInput, scheduleOrders } from './sequence-orders.js';
import { testPlant } from './test-plants.js';

/** Ningbo builds two E7 a day, Monday to Friday; EAST is 2 days away, WEST 6. 2026-03-06 is a Friday. */
const ningbo = testPlant('NB');
/** Chongqing builds three X9 and one C3 a day, Monday to Saturday; WEST is 1 day away. */
const chongqing = testPlant('CQ');
const FRIDAY = '2026-03-06';
const SATURDAY = '2026-03-07';
const MONDAY = '2026-03-09';

function order(id: string, verifiedAt: string, model = 'AUR-E7', region = 'EAST'): OrderToSchedule {
  return { id, model, verifiedAt, region };
}

function input(orders: readonly OrderToSchedule[], overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    plant: ningbo,
    earliestDate: FRIDAY,
    booked: new Map(),
    lastSequenceByDate: new Map(),
    orders,
    ...overrides,
  };
}

const threeOrders = [
  order('a', '2026-03-01T08:00:00Z'),
  order('b', '2026-03-01T09:00:00Z'),
  order('c', '2026-03-01T10:00:00Z', 'AUR-E7', 'WEST'),
];

describe('scheduleOrders', () => {
  it('fills the first working day up to its capacity, then the next working day', () => {
    expect(scheduleOrders(input(threeOrders))).toEqual({
      assignments: [
        { orderId: 'a', slot: { plant: 'NB', buildDate: FRIDAY, sequence: 1 }, eta: '2026-03-08' },
        { orderId: 'b', slot: { plant: 'NB', buildDate: FRIDAY, sequence: 2 }, eta: '2026-03-08' },
        { orderId: 'c', slot: { plant: 'NB', buildDate: MONDAY, sequence: 1 }, eta: '2026-03-15' },
      ],
      unscheduled: [],
    });
  });

  it('sequences the oldest verification first, whatever order the orders come in', () => {
    const reversed = scheduleOrders(input([...threeOrders].reverse()));
    expect(reversed).toEqual(scheduleOrders(input(threeOrders)));
  });

  it('breaks a tie of verification times by order id', () => {
    const sameTime = '2026-03-01T08:00:00Z';
    const { assignments } = scheduleOrders(input([order('b', sameTime), order('c', sameTime), order('a', sameTime)]));
    expect(assignments.map(({ orderId, slot }) => `${orderId} ${slot.buildDate} #${slot.sequence}`)).toEqual([
      `a ${FRIDAY} #1`,
      `b ${FRIDAY} #2`,
      `c ${MONDAY} #1`,
    ]);
  });

  it('compares verification instants, not their text, when they are written in different zones', () => {
    // 09:00 in Shanghai is 01:00 UTC, an hour before the other order.
    const { assignments } = scheduleOrders(
      input([order('later', '2026-03-05T02:00:00Z'), order('earlier', '2026-03-05T09:00:00+08:00')]),
    );
    expect(assignments.map((assignment) => assignment.orderId)).toEqual(['earlier', 'later']);
  });

  it('counts the slots already booked and continues the day’s sequence after the last one given out', () => {
    const { assignments } = scheduleOrders(
      input(threeOrders.slice(0, 2), {
        booked: new Map([[bookingKey(FRIDAY, 'AUR-E7'), 1]]),
        lastSequenceByDate: new Map([[FRIDAY, 7]]),
      }),
    );
    expect(assignments.map((assignment) => assignment.slot)).toEqual([
      { plant: 'NB', buildDate: FRIDAY, sequence: 8 },
      { plant: 'NB', buildDate: MONDAY, sequence: 1 },
    ]);
  });

  it('skips a day booked beyond its capacity (the capacity was lowered after booking)', () => {
    const { assignments } = scheduleOrders(input([threeOrders[0]!], { booked: new Map([[`${FRIDAY}|AUR-E7`, 3]]) }));
    expect(assignments[0]?.slot.buildDate).toBe(MONDAY);
  });

  it('ignores bookings of other models and other dates', () => {
    const booked = new Map([
      [bookingKey(FRIDAY, 'AUR-C3'), 9],
      [bookingKey('2026-03-05', 'AUR-E7'), 2],
    ]);
    const { assignments } = scheduleOrders(input([threeOrders[0]!], { booked }));
    expect(assignments[0]?.slot.buildDate).toBe(FRIDAY);
  });

  it('starts on the next working day when the earliest date is a day off', () => {
    const { assignments } = scheduleOrders(input([threeOrders[0]!], { earliestDate: SATURDAY }));
    expect(assignments[0]).toEqual({
      orderId: 'a',
      slot: { plant: 'NB', buildDate: MONDAY, sequence: 1 },
      eta: '2026-03-11',
    });
  });

  it('numbers every model built on a date in one sequence, the plant’s', () => {
    const orders = [
      order('x1', '2026-03-01T01:00:00Z', 'AUR-X9', 'WEST'),
      order('c1', '2026-03-01T02:00:00Z', 'AUR-C3', 'WEST'),
      order('c2', '2026-03-01T03:00:00Z', 'AUR-C3', 'EAST'),
      order('x2', '2026-03-01T04:00:00Z', 'AUR-X9', 'EAST'),
    ];
    const { assignments } = scheduleOrders(input(orders, { plant: chongqing, earliestDate: SATURDAY }));
    expect(assignments).toEqual([
      { orderId: 'x1', slot: { plant: 'CQ', buildDate: SATURDAY, sequence: 1 }, eta: '2026-03-08' },
      { orderId: 'c1', slot: { plant: 'CQ', buildDate: SATURDAY, sequence: 2 }, eta: '2026-03-08' },
      { orderId: 'c2', slot: { plant: 'CQ', buildDate: MONDAY, sequence: 1 }, eta: '2026-03-14' },
      { orderId: 'x2', slot: { plant: 'CQ', buildDate: SATURDAY, sequence: 3 }, eta: '2026-03-12' },
    ]);
  });

  for (const { model, region, reason, why } of [
    { why: 'a model the plant does not build', model: 'AUR-X9', region: 'EAST', reason: 'model_not_built' },
    { why: 'a model code that names an object property', model: 'toString', region: 'EAST', reason: 'model_not_built' },
    { why: 'a region the plant does not ship to', model: 'AUR-E7', region: 'SOUTH', reason: 'region_unknown' },
    {
      why: 'a region code that names an object property',
      model: 'AUR-E7',
      region: 'constructor',
      reason: 'region_unknown',
    },
    { why: 'both, the model first', model: 'AUR-X9', region: 'SOUTH', reason: 'model_not_built' },
  ]) {
    it(`leaves unscheduled ${why}, and still schedules the next order`, () => {
      const orders = [order('odd', '2026-03-01T01:00:00Z', model, region), order('fine', '2026-03-01T02:00:00Z')];
      expect(scheduleOrders(input(orders))).toEqual({
        assignments: [{ orderId: 'fine', slot: { plant: 'NB', buildDate: FRIDAY, sequence: 1 }, eta: '2026-03-08' }],
        unscheduled: [{ orderId: 'odd', reason }],
      });
    });
  }

  it('leaves the orders that find no room within the horizon unscheduled, oldest scheduled first', () => {
    // Friday, Saturday and Sunday: only Friday is a working day, with two slots.
    const orders = [...threeOrders, order('d', '2026-03-01T11:00:00Z')];
    const { assignments, unscheduled } = scheduleOrders(input(orders, { horizonDays: 3 }));
    expect(assignments.map((assignment) => assignment.orderId)).toEqual(['a', 'b']);
    expect(unscheduled).toEqual([
      { orderId: 'c', reason: 'no_capacity' },
      { orderId: 'd', reason: 'no_capacity' },
    ]);
  });

  it('finds no capacity for a model the plant builds none of a day', () => {
    const paused: Plant = { ...ningbo, dailyCapacity: { 'AUR-E7': 0 } };
    expect(scheduleOrders(input([threeOrders[0]!], { plant: paused })).unscheduled).toEqual([
      { orderId: 'a', reason: 'no_capacity' },
    ]);
  });

  it('looks 366 days ahead unless told otherwise, the first day counted', () => {
    const everyDayOne: Plant = { ...ningbo, dailyCapacity: { 'AUR-E7': 1 }, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] };
    const booked = new Map(
      Array.from({ length: 365 }, (_, day) => [bookingKey(addDays(FRIDAY, day), 'AUR-E7'), 1] as const),
    );
    const lastDay = addDays(FRIDAY, 365);
    expect(
      scheduleOrders(input([threeOrders[0]!], { plant: everyDayOne, booked })).assignments[0]?.slot.buildDate,
    ).toBe(lastDay);
    expect(
      scheduleOrders(input([threeOrders[0]!], { plant: everyDayOne, booked, horizonDays: 365 })).unscheduled,
    ).toEqual([{ orderId: 'a', reason: 'no_capacity' }]);
  });

  it('schedules nothing when nothing waits', () => {
    expect(scheduleOrders(input([]))).toEqual({ assignments: [], unscheduled: [] });
  });

  it('leaves the bookings and sequences it was given as they were', () => {
    const booked = new Map([[bookingKey(FRIDAY, 'AUR-E7'), 1]]);
    const lastSequenceByDate = new Map([[FRIDAY, 1]]);
    scheduleOrders(input(threeOrders, { booked, lastSequenceByDate }));
    expect([...booked]).toEqual([[bookingKey(FRIDAY, 'AUR-E7'), 1]]);
    expect([...lastSequenceByDate]).toEqual([[FRIDAY, 1]]);
  });

  for (const { broken, why } of [
    { why: 'a malformed earliest date', broken: input(threeOrders, { earliestDate: '2026-02-30' }) },
    { why: 'a horizon of no days', broken: input(threeOrders, { horizonDays: 0 }) },
    { why: 'a horizon of a fraction of a day', broken: input(threeOrders, { horizonDays: 1.5 }) },
    {
      why: 'a negative booking',
      broken: input(threeOrders, { booked: new Map([[bookingKey(FRIDAY, 'AUR-E7'), -1]]) }),
    },
    { why: 'a fractional last sequence', broken: input(threeOrders, { lastSequenceByDate: new Map([[FRIDAY, 0.5]]) }) },
    { why: 'an order listed twice', broken: input([...threeOrders, threeOrders[0]!]) },
    { why: 'an order without a verification time', broken: input([order('a', 'yesterday')]) },
    {
      why: 'a negative capacity',
      broken: input(threeOrders, { plant: { ...ningbo, dailyCapacity: { 'AUR-E7': -2 } } }),
    },
    {
      why: 'a fractional transit time',
      broken: input(threeOrders, { plant: { ...ningbo, transitDays: { EAST: 1.5, WEST: 6 } } }),
    },
  ] satisfies { why: string; broken: ScheduleInput }[]) {
    it(`throws for ${why}: a bug in the caller`, () => {
      expect(() => scheduleOrders(broken)).toThrow(InvariantError);
    });
  }
});
