import { describe, expect, it } from 'vitest';
import { calendarDateOf, formatDisplayDate, formatDisplayDateTime, localDateTimeOf } from './display-dates.js';

describe('calendarDateOf', () => {
  it.each([
    { value: '2026-03-15', timeZone: 'Asia/Shanghai', date: { year: 2026, month: 3, day: 15 } },
    { value: '2024-02-29', timeZone: 'Asia/Shanghai', date: { year: 2024, month: 2, day: 29 } },
    { value: '2026-03-14T16:00:00Z', timeZone: 'Asia/Shanghai', date: { year: 2026, month: 3, day: 15 } },
    { value: '2026-03-14T16:00:00Z', timeZone: 'UTC', date: { year: 2026, month: 3, day: 14 } },
    { value: '2026-03-15T00:00:00+08:00', timeZone: 'Asia/Shanghai', date: { year: 2026, month: 3, day: 15 } },
    { value: '2026-12-31T23:59:59.999Z', timeZone: 'Asia/Shanghai', date: { year: 2027, month: 1, day: 1 } },
  ])('reads $value in $timeZone as the day the buyer lives it', ({ value, timeZone, date }) => {
    expect(calendarDateOf(value, timeZone)).toMatchObject(date);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-3-5', 'next Tuesday', 'March 7', '2026-03-15T10:00:00', ''])(
    'refuses "%s", which is not a date or an instant with an offset',
    (value) => {
      expect(calendarDateOf(value, 'Asia/Shanghai')).toBeNull();
    },
  );
});

describe('localDateTimeOf', () => {
  it('reads an instant on the wall clock of the zone', () => {
    expect(localDateTimeOf('2026-03-15T06:30:00Z', 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 3,
      day: 15,
      hour: 14,
      minute: 30,
    });
  });

  it('shows midnight as 00, not 24', () => {
    expect(localDateTimeOf('2026-03-14T16:00:00Z', 'Asia/Shanghai')).toMatchObject({ hour: 0, minute: 0 });
  });

  it.each(['2026-02-30T10:00:00Z', '2026-03-15T24:00:00Z', '2026-03-15T10:60:00Z', '2026-03-15T10:00:00+25:00'])(
    'refuses %s, which names no real moment, rather than roll it over',
    (value) => {
      expect(localDateTimeOf(value, 'Asia/Shanghai')).toBeNull();
    },
  );

  it('throws for a time zone that does not exist, a mistake in configuration', () => {
    expect(() => localDateTimeOf('2026-03-15T06:30:00Z', 'Asia/Atlantis')).toThrow(RangeError);
  });

  it('does not take a bare date for an instant, since it has no time of day', () => {
    expect(localDateTimeOf('2026-03-15', 'Asia/Shanghai')).toBeNull();
  });
});

describe('formatDisplayDate and formatDisplayDateTime', () => {
  it.each([
    { value: '2026-03-15', language: 'zh-CN', text: '2026年3月15日' },
    { value: '2026-03-15', language: 'en', text: '15 Mar 2026' },
    { value: '2026-11-02T01:00:00Z', language: 'en', text: '2 Nov 2026' },
  ] as const)('writes $value as "$text" in $language', ({ value, language, text }) => {
    expect(formatDisplayDate(value, language)).toBe(text);
  });

  it.each([
    { language: 'zh-CN', text: '2026年3月15日 14:30' },
    { language: 'en', text: '15 Mar 2026, 14:30' },
  ] as const)('writes a date and time as "$text" in $language', ({ language, text }) => {
    expect(formatDisplayDateTime('2026-03-15T06:30:00Z', language)).toBe(text);
  });

  it('gives null for something that is not a date', () => {
    expect(formatDisplayDate('soon', 'en')).toBeNull();
    expect(formatDisplayDateTime('2026-03-15', 'en')).toBeNull();
  });
});
