import { describe, expect, it } from 'vitest';
import {
  checkSlotStart,
  driveEndsAt,
  localDayRange,
  minuteOfDay,
  openSlotStarts,
  slotBlocks,
  zonedInstant,
} from './test-drive-slots.js';

/** Noon in Shanghai on Friday 4 December 2026. */
const NOW = new Date('2026-12-04T04:00:00.000Z');
const codes = (startsAt: string) => checkSlotStart(startsAt, NOW).map((problem) => problem.code);

describe('test-drive slots', () => {
  it('holds the four quarter hours of a 45-minute drive and its 15-minute buffer', () => {
    expect(slotBlocks('2026-12-05T02:00:00.000Z')).toEqual([
      '2026-12-05T02:00:00.000Z',
      '2026-12-05T02:15:00.000Z',
      '2026-12-05T02:30:00.000Z',
      '2026-12-05T02:45:00.000Z',
    ]);
    expect(driveEndsAt('2026-12-05T02:00:00.000Z')).toBe('2026-12-05T02:45:00.000Z');
  });

  it('makes a drive starting a quarter hour into another share blocks with it, and one starting after it none', () => {
    const first = new Set(slotBlocks('2026-12-05T02:00:00.000Z'));
    expect(slotBlocks('2026-12-05T02:15:00.000Z').some((block) => first.has(block))).toBe(true);
    expect(slotBlocks('2026-12-05T03:00:00.000Z').some((block) => first.has(block))).toBe(false);
  });

  it.each([
    ['09:00 Shanghai', '2026-12-05T01:00:00.000Z', []],
    ['17:00 Shanghai, the last start', '2026-12-05T09:00:00.000Z', []],
    ['17:15 Shanghai, the buffer after closing', '2026-12-05T09:15:00.000Z', ['slot_outside_hours']],
    ['08:45 Shanghai, before opening', '2026-12-05T00:45:00.000Z', ['slot_outside_hours']],
    ['10:10 Shanghai', '2026-12-05T02:10:00.000Z', ['slot_not_aligned']],
    ['an hour ago', '2026-12-04T03:00:00.000Z', ['slot_in_past']],
    ['61 days ahead', '2027-02-03T02:00:00.000Z', ['slot_too_far']],
  ])('judges a start at %s', (_when, startsAt, expected) => {
    expect(codes(startsAt)).toEqual(expected);
  });

  it('reads Shanghai wall-clock time and back', () => {
    expect(minuteOfDay(Date.parse('2026-12-05T02:30:00Z'))).toBe(10 * 60 + 30);
    expect(new Date(zonedInstant('2026-12-05', 10 * 60 + 30)).toISOString()).toBe('2026-12-05T02:30:00.000Z');
    expect(localDayRange('2026-12-05')).toEqual({ from: '2026-12-04T16:00:00.000Z', to: '2026-12-05T16:00:00.000Z' });
  });

  it('lists the open starts of a day: every quarter hour from 09:00 to 17:00 but those touching a taken block', () => {
    const all = openSlotStarts('2026-12-05', new Set(), NOW);
    expect(all).toHaveLength(33);
    expect(all[0]).toBe('2026-12-05T01:00:00.000Z');
    expect(all.at(-1)).toBe('2026-12-05T09:00:00.000Z');
    const taken = new Set(slotBlocks('2026-12-05T02:00:00.000Z'));
    const open = openSlotStarts('2026-12-05', taken, NOW);
    expect(open).not.toContain('2026-12-05T01:15:00.000Z');
    expect(open).toContain('2026-12-05T01:00:00.000Z');
    expect(open).toContain('2026-12-05T03:00:00.000Z');
    expect(open).toHaveLength(33 - 7);
  });

  it('offers no start today before now', () => {
    const today = openSlotStarts('2026-12-04', new Set(), NOW);
    expect(today[0]).toBe('2026-12-04T04:15:00.000Z');
  });
});
