import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantError } from '../shared/assert.js';
import { addMonths, dateInZone } from '../shared/clock.js';
import { daysInMonth } from '../identity/calendar-date.js';
import { monthRange } from './month-range.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('month-range.test.ts');

const DAY_MS = 86_400_000;
const ZONES = [
  'Asia/Shanghai',
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'America/Havana',
  'America/Asuncion',
  'Australia/Lord_Howe',
];

describe('monthRange', () => {
  for (const { month, zone, from, to } of [
    { month: '2026-03', zone: 'Asia/Shanghai', from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' },
    { month: '2026-12', zone: 'Asia/Shanghai', from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' },
    { month: '2027-01', zone: 'Asia/Shanghai', from: '2026-12-31T16:00:00.000Z', to: '2027-01-31T16:00:00.000Z' },
    { month: '2024-02', zone: 'UTC', from: '2024-02-01T00:00:00.000Z', to: '2024-03-01T00:00:00.000Z' },
    // Daylight saving starts on 8 March: the month begins at UTC−5 and ends at UTC−4.
    { month: '2026-03', zone: 'America/New_York', from: '2026-03-01T05:00:00.000Z', to: '2026-04-01T04:00:00.000Z' },
    // It ends at 02:00 on 1 November: that midnight is still daylight time.
    { month: '2026-11', zone: 'America/New_York', from: '2026-11-01T04:00:00.000Z', to: '2026-12-01T05:00:00.000Z' },
    { month: '2026-04', zone: 'Europe/London', from: '2026-03-31T23:00:00.000Z', to: '2026-04-30T23:00:00.000Z' },
    { month: '2026-03', zone: 'Asia/Kolkata', from: '2026-02-28T18:30:00.000Z', to: '2026-03-31T18:30:00.000Z' },
    { month: '2026-03', zone: 'Asia/Kathmandu', from: '2026-02-28T18:15:00.000Z', to: '2026-03-31T18:15:00.000Z' },
    { month: '2026-03', zone: 'Pacific/Kiritimati', from: '2026-02-28T10:00:00.000Z', to: '2026-03-31T10:00:00.000Z' },
    // Havana sprang forward at midnight on 1 April 2012: there was no 00:00, the day began at 01:00.
    { month: '2012-04', zone: 'America/Havana', from: '2012-04-01T05:00:00.000Z', to: '2012-05-01T04:00:00.000Z' },
    // Havana fell back at 01:00 to 00:00 on 1 November 2015: the month began at the first of two midnights.
    { month: '2015-11', zone: 'America/Havana', from: '2015-11-01T04:00:00.000Z', to: '2015-12-01T05:00:00.000Z' },
    // Asunción sprang forward at midnight on 1 October 2017.
    { month: '2017-10', zone: 'America/Asuncion', from: '2017-10-01T04:00:00.000Z', to: '2017-11-01T03:00:00.000Z' },
  ]) {
    it(`spans ${month} in ${zone} from ${from} to ${to}`, () => {
      expect(monthRange(month, zone)).toEqual({ from, to });
    });
  }

  for (const { month, zone } of [
    { month: '2026-13', zone: 'Asia/Shanghai' },
    { month: '2026-3', zone: 'Asia/Shanghai' },
    { month: '2026-03-01', zone: 'Asia/Shanghai' },
    { month: '2026-03', zone: 'Mars/Olympus_Mons' },
  ]) {
    it(`throws for month "${month}" in zone "${zone}"`, () => {
      expect(() => monthRange(month, zone)).toThrow(InvariantError);
    });
  }

  const monthArbitrary = fc.integer({ min: 0, max: 12 * 40 - 1 }).map((index) => addMonths('2000-01', index));

  it('begins on the first of the month in the zone, the instant after the previous day, and ends where the next begins', () => {
    fc.assert(
      fc.property(monthArbitrary, fc.constantFrom(...ZONES), (month, zone) => {
        const { from, to } = monthRange(month, zone);
        const fromMs = Date.parse(from);
        expect(dateInZone(new Date(fromMs), zone)).toBe(`${month}-01`);
        expect(dateInZone(new Date(fromMs - 1), zone)).not.toBe(`${month}-01`);
        expect(to).toBe(monthRange(addMonths(month, 1), zone).from);
        expect(Date.parse(to)).toBeGreaterThan(fromMs);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('lasts exactly its days in Shanghai, where the clock never changes', () => {
    fc.assert(
      fc.property(monthArbitrary, (month) => {
        const { from, to } = monthRange(month, 'Asia/Shanghai');
        const [year, monthNumber] = month.split('-').map(Number) as [number, number];
        expect(Date.parse(to) - Date.parse(from)).toBe(daysInMonth(year, monthNumber) * DAY_MS);
      }),
      { seed },
    );
  });
});
