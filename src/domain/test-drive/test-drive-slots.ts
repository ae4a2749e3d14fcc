import { dateInZone } from '../shared/clock.js';
import { violation, type Violation } from '../shared/violation.js';

/** How long a test drive lasts. */
export const DRIVE_MINUTES = 45;
/** Time after each drive to bring the car back, clean it and hand it to the next customer. */
export const BUFFER_MINUTES = 15;
/**
 * The grain of the booking calendar. A booking holds every block its drive and buffer cover, one database row per
 * block, so that two bookings of one car or one salesperson can never overlap: the rows would collide.
 */
export const BLOCK_MINUTES = 15;
/** Opening hours of the showrooms, in their time zone: a whole slot (drive and buffer) fits within them. */
export const OPENING_MINUTE_OF_DAY = 9 * 60;
export const CLOSING_MINUTE_OF_DAY = 18 * 60;
export const TEST_DRIVE_TIME_ZONE = 'Asia/Shanghai';
/** How far ahead a drive may be booked. */
export const MAX_DAYS_AHEAD = 60;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const SLOT_MINUTES = DRIVE_MINUTES + BUFFER_MINUTES;

/** Every code `checkSlotStart` may return. Codes are stable: never renamed, never reused. */
export const SLOT_VIOLATION_CODES = ['slot_not_aligned', 'slot_outside_hours', 'slot_in_past', 'slot_too_far'] as const;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** Minutes since local midnight of an instant in a time zone (14:30 → 870). */
export function minuteOfDay(atMs: number, timeZone: string = TEST_DRIVE_TIME_ZONE): number {
  const parts = wallClock(timeZone).formatToParts(atMs);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return field('hour') * 60 + field('minute');
}

/**
 * The instant a local date and minute of day name in a time zone. The zone's offset is read at a first guess and
 * read again where the guess lands, which settles it for any zone without a change of offset within hours of the slot.
 */
export function zonedInstant(date: string, minute: number, timeZone: string = TEST_DRIVE_TIME_ZONE): number {
  const naive = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE_MS;
  const offsetAt = (instant: number) => {
    const wallMinute = minuteOfDay(instant, timeZone);
    const dayShift =
      Date.parse(`${dateInZone(new Date(instant), timeZone)}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`);
    return dayShift + (wallMinute - minute) * MINUTE_MS;
  };
  const first = naive - offsetAt(naive);
  return first - offsetAt(first);
}

/** When the drive itself ends. */
export function driveEndsAt(startsAt: string): string {
  return new Date(Date.parse(startsAt) + DRIVE_MINUTES * MINUTE_MS).toISOString();
}

/** The start of every calendar block a drive starting then holds: the drive and the buffer after it. */
export function slotBlocks(startsAt: string): string[] {
  const start = Date.parse(startsAt);
  return Array.from({ length: SLOT_MINUTES / BLOCK_MINUTES }, (_, index) =>
    new Date(start + index * BLOCK_MINUTES * MINUTE_MS).toISOString(),
  );
}

/**
 * Whether a drive may start at an instant: on a block boundary, with drive and buffer inside opening hours, in the
 * future and at most `MAX_DAYS_AHEAD` days ahead. Every violation is at `path`.
 */
export function checkSlotStart(startsAt: string, now: Date, path = 'startsAt'): Violation[] {
  const start = Date.parse(startsAt);
  const problems: Violation[] = [];
  const minute = minuteOfDay(start);
  if (start % MINUTE_MS !== 0 || minute % BLOCK_MINUTES !== 0) {
    const message = `A test drive starts on the quarter hour (every ${BLOCK_MINUTES} minutes).`;
    problems.push(violation('slot_not_aligned', message, path));
  }
  if (minute < OPENING_MINUTE_OF_DAY || minute + SLOT_MINUTES > CLOSING_MINUTE_OF_DAY) {
    const message =
      `A test drive and its ${BUFFER_MINUTES}-minute buffer fit within opening hours, 09:00 to 18:00 ` +
      `${TEST_DRIVE_TIME_ZONE}: the last one starts at 17:00.`;
    problems.push(violation('slot_outside_hours', message, path));
  }
  if (start <= now.getTime()) problems.push(violation('slot_in_past', 'A test drive is booked ahead.', path));
  if (start > now.getTime() + MAX_DAYS_AHEAD * DAY_MS) {
    problems.push(violation('slot_too_far', `A test drive is booked at most ${MAX_DAYS_AHEAD} days ahead.`, path));
  }
  return problems;
}

/** The starts of every slot of a local date that is open: within hours, in the future, and not touching a taken block. */
export function openSlotStarts(date: string, takenBlocks: ReadonlySet<string>, now: Date): string[] {
  const starts: string[] = [];
  for (let minute = OPENING_MINUTE_OF_DAY; minute + SLOT_MINUTES <= CLOSING_MINUTE_OF_DAY; minute += BLOCK_MINUTES) {
    const startsAt = new Date(zonedInstant(date, minute)).toISOString();
    if (checkSlotStart(startsAt, now).length > 0) continue;
    if (slotBlocks(startsAt).some((block) => takenBlocks.has(block))) continue;
    starts.push(startsAt);
  }
  return starts;
}

/** The instants a local date spans, for reading the blocks taken on it. */
export function localDayRange(date: string): { readonly from: string; readonly to: string } {
  return {
    from: new Date(zonedInstant(date, 0)).toISOString(),
    to: new Date(zonedInstant(date, 24 * 60)).toISOString(),
  };
}
