import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInZone } from './clock.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const ZONES = ['Asia/Shanghai', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/New_York', 'Europe/London', 'UTC'];

function formatted(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

describe('the date of an instant in a time zone', () => {
  it('is the calendar date there, also across midnight and daylight-saving changes', () => {
    expect(dateInZone(new Date('2026-12-04T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-12-04');
    expect(dateInZone(new Date('2026-12-04T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-12-05');
    expect(dateInZone(new Date('2026-03-08T04:59:59.999Z'), 'America/New_York')).toBe('2026-03-07');
    expect(dateInZone(new Date('2026-03-08T05:00:00.000Z'), 'America/New_York')).toBe('2026-03-08');
  });

  it('agrees with a fresh formatter for any instant, in any order of calls', () => {
    const seed = propertySeed('clock.test.ts');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: -2, max: 2 }),
        (ms, zone, quarterHours) => {
          const at = new Date(ms);
          const near = new Date(ms + quarterHours * 15 * 60 * 1000 + 1);
          expect(dateInZone(at, zone)).toBe(formatted(at, zone));
          expect(dateInZone(near, zone)).toBe(formatted(near, zone));
        },
      ),
      { seed, numRuns: 2_000 },
    );
  });
});
