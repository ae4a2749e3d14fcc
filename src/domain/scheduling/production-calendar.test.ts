import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { addDays } from '../shared/clock.js';
import type { Plant } from './plant-types.js';
import {
  calendarDaysBetween,
  isoWeekday,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './production-calendar.js';
import { testPlant } from './test-plants.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('production-calendar.test.ts');

/** Ningbo works Monday to Friday. In March 2026 the 1st is a Sunday, the 2nd a Monday. */
const ningbo = testPlant('NB');
const wednesdaysOnly: Plant = { ...ningbo, workingWeekdays: [3] };
const neverWorks: Plant = { ...ningbo, workingWeekdays: [] };

const dateArbitrary = fc.integer({ min: 0, max: 3 * 366 }).map((days) => addDays('2025-06-01', days));
const weekdaysArbitrary = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 });

describe('isoWeekday', () => {
  for (const { date, weekday } of [
    { date: '2026-03-01', weekday: 7 },
    { date: '2026-03-02', weekday: 1 },
    { date: '2026-03-06', weekday: 5 },
    { date: '2024-02-29', weekday: 4 },
    { date: '2000-01-01', weekday: 6 },
  ]) {
    it(`numbers ${date} as ISO weekday ${weekday}`, () => {
      expect(isoWeekday(date)).toBe(weekday);
    });
  }

  it.each(['2026-02-30', '2026-3-1', '01/03/2026', ''])('refuses the malformed date "%s"', (date) => {
    expect(() => isoWeekday(date)).toThrow(InvariantError);
  });
});

describe('calendarDaysBetween', () => {
  for (const { from, to, days } of [
    { from: '2026-03-01', to: '2026-03-01', days: 0 },
    { from: '2026-03-01', to: '2026-03-03', days: 2 },
    { from: '2026-03-03', to: '2026-03-01', days: -2 },
    { from: '2024-02-28', to: '2024-03-01', days: 2 },
    { from: '2026-12-31', to: '2027-01-01', days: 1 },
    { from: '2026-01-01', to: '2027-01-01', days: 365 },
  ]) {
    it(`counts ${days} days from ${from} to ${to}`, () => {
      expect(calendarDaysBetween(from, to)).toBe(days);
    });
  }
});

describe('isWorkingDay', () => {
  for (const { date, working, why } of [
    { date: '2026-03-01', working: false, why: 'a Sunday' },
    { date: '2026-03-02', working: true, why: 'a Monday' },
    { date: '2026-03-06', working: true, why: 'a Friday' },
    { date: '2026-03-07', working: false, why: 'a Saturday' },
  ]) {
    it(`says a plant working Monday to Friday works ${working} on ${date}, ${why}`, () => {
      expect(isWorkingDay(ningbo, date)).toBe(working);
    });
  }

  it('lets a six-day plant work on Saturday but not on Sunday', () => {
    const chongqing = testPlant('CQ');
    expect(isWorkingDay(chongqing, '2026-03-07')).toBe(true);
    expect(isWorkingDay(chongqing, '2026-03-08')).toBe(false);
  });
});

describe('nextWorkingDay', () => {
  for (const { plant, date, next, why } of [
    { plant: ningbo, date: '2026-03-02', next: '2026-03-02', why: 'a working Monday is its own next working day' },
    { plant: ningbo, date: '2026-03-06', next: '2026-03-06', why: 'so is a working Friday' },
    { plant: ningbo, date: '2026-03-07', next: '2026-03-09', why: 'Saturday moves to Monday' },
    { plant: ningbo, date: '2026-03-08', next: '2026-03-09', why: 'Sunday moves to Monday' },
    { plant: ningbo, date: '2026-12-26', next: '2026-12-28', why: 'the walk crosses nothing special at year end' },
    { plant: wednesdaysOnly, date: '2026-03-05', next: '2026-03-11', why: 'a Thursday waits six days' },
    { plant: wednesdaysOnly, date: '2026-12-31', next: '2027-01-06', why: 'into the next year' },
  ]) {
    it(`${why}`, () => {
      expect(nextWorkingDay(plant, date)).toBe(next);
    });
  }

  it('throws for a plant that works on no weekday, rather than looping for ever', () => {
    expect(() => nextWorkingDay(neverWorks, '2026-03-02')).toThrow(InvariantError);
  });

  it('throws for a malformed date', () => {
    expect(() => nextWorkingDay(ningbo, '2026-02-29')).toThrow(InvariantError);
  });

  it('always lands on a working day within a week, never before the date', () => {
    fc.assert(
      fc.property(
        weekdaysArbitrary.filter((weekdays) => weekdays.length > 0),
        dateArbitrary,
        (weekdays, date) => {
          const plant: Plant = { ...ningbo, workingWeekdays: weekdays };
          const next = nextWorkingDay(plant, date);
          expect(isWorkingDay(plant, next)).toBe(true);
          expect(calendarDaysBetween(date, next)).toBeGreaterThanOrEqual(0);
          expect(calendarDaysBetween(date, next)).toBeLessThan(7);
          for (let day = date; day < next; day = addDays(day, 1)) expect(isWorkingDay(plant, day)).toBe(false);
        },
      ),
      { seed },
    );
  });
});

describe('workingDaysBetween', () => {
  for (const { from, to, days, why } of [
    { from: '2026-03-02', to: '2026-03-02', days: 0, why: 'a date to itself is no working day' },
    { from: '2026-03-02', to: '2026-03-03', days: 1, why: 'Monday to Tuesday is Monday' },
    { from: '2026-03-02', to: '2026-03-06', days: 4, why: 'Monday to Friday leaves Friday out' },
    { from: '2026-03-02', to: '2026-03-09', days: 5, why: 'Monday to the next Monday is a working week' },
    { from: '2026-03-06', to: '2026-03-09', days: 1, why: 'Friday to Monday is the Friday' },
    { from: '2026-03-07', to: '2026-03-09', days: 0, why: 'a weekend holds no working day' },
    { from: '2026-03-02', to: '2026-03-30', days: 20, why: 'four weeks hold twenty' },
    { from: '2026-03-09', to: '2026-03-02', days: -5, why: 'a week backwards is minus five' },
    { from: '2026-12-28', to: '2027-01-04', days: 5, why: 'the year end changes nothing' },
  ]) {
    it(`${why} (${from} → ${to}: ${days})`, () => {
      expect(workingDaysBetween(ningbo, from, to)).toBe(days);
    });
  }

  it('counts a weekday listed twice once', () => {
    expect(workingDaysBetween({ ...ningbo, workingWeekdays: [1, 1, 2] }, '2026-03-02', '2026-03-16')).toBe(4);
  });

  it('is zero, not a failure, for a plant that never works', () => {
    expect(workingDaysBetween(neverWorks, '2026-03-02', '2026-04-02')).toBe(0);
  });

  it.each([[0], [8], [1.5]])('refuses a plant with working weekday %s', (weekday) => {
    const plant: Plant = { ...ningbo, workingWeekdays: [1, weekday] };
    expect(() => workingDaysBetween(plant, '2026-03-02', '2026-03-09')).toThrow(InvariantError);
  });

  it('equals the working days counted one by one, and changes sign when the dates swap', () => {
    fc.assert(
      fc.property(weekdaysArbitrary, dateArbitrary, dateArbitrary, (weekdays, from, to) => {
        const plant: Plant = { ...ningbo, workingWeekdays: weekdays };
        let counted = 0;
        const [first, last] = from <= to ? [from, to] : [to, from];
        for (let day = first; day < last; day = addDays(day, 1)) if (isWorkingDay(plant, day)) counted += 1;
        expect(workingDaysBetween(plant, from, to)).toBe(from <= to ? counted : 0 - counted);
        expect(workingDaysBetween(plant, to, from)).toBe(0 - workingDaysBetween(plant, from, to));
      }),
      { seed, numRuns: 300 },
    );
  });

  it('adds up over consecutive spans', () => {
    fc.assert(
      fc.property(weekdaysArbitrary, dateArbitrary, dateArbitrary, dateArbitrary, (weekdays, a, b, c) => {
        const plant: Plant = { ...ningbo, workingWeekdays: weekdays };
        expect(workingDaysBetween(plant, a, b) + workingDaysBetween(plant, b, c)).toBe(workingDaysBetween(plant, a, c));
      }),
      { seed },
    );
  });
});
