import { describe, expect, it } from 'vitest';
import { daysInMonth, isCalendarDate, isIsoDate, isLeapYear } from './calendar-date.js';

describe('isLeapYear', () => {
  it.each([
    { year: 2000, leap: true },
    { year: 2024, leap: true },
    { year: 1900, leap: false },
    { year: 2100, leap: false },
    { year: 2026, leap: false },
    { year: 1600, leap: true },
  ])('says $year is leap: $leap', ({ year, leap }) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    { year: 2026, month: 1, days: 31 },
    { year: 2026, month: 2, days: 28 },
    { year: 2000, month: 2, days: 29 },
    { year: 2026, month: 4, days: 30 },
    { year: 2026, month: 6, days: 30 },
    { year: 2026, month: 9, days: 30 },
    { year: 2026, month: 11, days: 30 },
    { year: 2026, month: 12, days: 31 },
  ])('gives $days days to month $month of $year', ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isCalendarDate', () => {
  it.each([
    { year: 2000, month: 2, day: 29, real: true },
    { year: 1900, month: 2, day: 29, real: false },
    { year: 2026, month: 12, day: 31, real: true },
    { year: 2026, month: 13, day: 1, real: false },
    { year: 2026, month: 0, day: 1, real: false },
    { year: 2026, month: 1, day: 0, real: false },
    { year: 2026, month: 4, day: 31, real: false },
    { year: 0, month: 1, day: 1, real: false },
    { year: 2026, month: 1.5, day: 1, real: false },
    { year: Number.NaN, month: 1, day: 1, real: false },
  ])('says $year-$month-$day exists: $real', ({ year, month, day, real }) => {
    expect(isCalendarDate(year, month, day)).toBe(real);
  });
});

describe('isIsoDate', () => {
  it.each([
    { text: '2026-05-15', valid: true },
    { text: '2000-02-29', valid: true },
    { text: '1900-02-29', valid: false },
    { text: '2026-5-15', valid: false },
    { text: '20260515', valid: false },
    { text: '2026-05-15T00:00:00Z', valid: false },
    { text: ' 2026-05-15', valid: false },
    { text: '', valid: false },
  ])('says "$text" is a real YYYY-MM-DD date: $valid', ({ text, valid }) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});
