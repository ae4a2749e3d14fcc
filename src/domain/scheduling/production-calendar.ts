import { isIsoDate } from '../identity/calendar-date.js';
import { assert } from '../shared/assert.js';
import { addDays } from '../shared/clock.js';
import type { Plant } from './plant-types.js';

/** Working days of a plant over `YYYY-MM-DD` dates; a date is the plant's local day, so no time zone is involved. */

const DAY_MS = 86_400_000;
const DAYS_PER_WEEK = 7;

function assertIsoDate(date: string): void {
  assert(isIsoDate(date), `a calendar date is YYYY-MM-DD and exists, got "${date}"`);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  assertIsoDate(date);
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return sundayFirst === 0 ? DAYS_PER_WEEK : sundayFirst;
}

/** Whole days from one date to another: negative when `to` comes first (`2026-03-01` → `2026-03-03` is 2). */
export function calendarDaysBetween(from: string, to: string): number {
  assertIsoDate(from);
  assertIsoDate(to);
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Whether the plant builds on that date (it works by weekday; holidays are not modelled yet). */
export function isWorkingDay(plant: Plant, date: string): boolean {
  return plant.workingWeekdays.includes(isoWeekday(date));
}

/** The distinct weekdays the plant works, checked: a weekday outside 1–7 is a data bug. */
function workingWeekdaySet(plant: Plant): ReadonlySet<number> {
  for (const weekday of plant.workingWeekdays) {
    assert(
      Number.isInteger(weekday) && weekday >= 1 && weekday <= DAYS_PER_WEEK,
      `plant ${plant.code} lists working weekday ${weekday}; ISO weekdays run from 1 (Monday) to 7 (Sunday)`,
    );
  }
  return new Set(plant.workingWeekdays);
}

/**
 * The first working day at or after `date`: the date itself when the plant works that day. A plant that works no
 * weekday at all has no next working day, which is a bug in its data, so it throws.
 */
export function nextWorkingDay(plant: Plant, date: string): string {
  assert(workingWeekdaySet(plant).size > 0, `plant ${plant.code} works on no weekday`);
  let day = date;
  while (!isWorkingDay(plant, day)) day = addDays(day, 1);
  return day;
}

/**
 * Working days from `from` (counted) to `to` (not counted), like the difference of two dates: Monday to the next
 * Monday is 5 for a plant working Monday to Friday, and a date to itself is 0. Negative when `to` comes first, so that
 * swapping the dates flips the sign.
 */
export function workingDaysBetween(plant: Plant, from: string, to: string): number {
  const days = calendarDaysBetween(from, to);
  // `0 -` rather than unary minus: a count is never the negative zero a backwards span of days off would give.
  if (days < 0) return 0 - workingDaysBetween(plant, to, from);
  const weekdays = workingWeekdaySet(plant);
  // Every whole week holds each working weekday once; only the days left over need looking at.
  const wholeWeeks = Math.floor(days / DAYS_PER_WEEK);
  let count = wholeWeeks * weekdays.size;
  for (let day = addDays(from, wholeWeeks * DAYS_PER_WEEK); day < to; day = addDays(day, 1)) {
    if (weekdays.has(isoWeekday(day))) count += 1;
  }
  return count;
}
