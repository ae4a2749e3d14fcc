import type { Language } from '../order/order-types.js';

/** The zone a buyer in China reads dates in, unless the caller knows the region's own. */
export const DEFAULT_DISPLAY_TIME_ZONE = 'Asia/Shanghai';

/** A day on the calendar as people say it: month and day from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A calendar day and a wall-clock time, in some time zone. */
export interface LocalDateTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant must name its offset: a time without one would be read in whatever zone the server runs in. */
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function dateOnly(value: string): CalendarDate | null {
  const match = DATE_ONLY.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2026-02-30 over into March: a real date survives the round trip unchanged.
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** Building a formatter costs far more than using one, and a process shows dates in a handful of zones. */
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();
/** More zones than any deployment has regions; past it formatters are built per call rather than kept. */
const MAX_CACHED_ZONES = 64;

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  const cached = wallClockFormatters.get(timeZone);
  if (cached !== undefined) return cached;
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  if (wallClockFormatters.size < MAX_CACHED_ZONES) wallClockFormatters.set(timeZone, formatter);
  return formatter;
}

/** The wall-clock reading of an ISO 8601 instant in `timeZone`, or null when `value` is not such an instant. */
export function localDateTimeOf(value: string, timeZone: string): LocalDateTime | null {
  // Date.parse rolls 30 February over into March; an instant must name a real day.
  if (!ISO_INSTANT.test(value) || dateOnly(value.slice(0, 10)) === null) return null;
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) return null;
  const parts = wallClockFormatter(timeZone).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/**
 * The calendar day of a `YYYY-MM-DD` date (taken as it is) or of an ISO instant (read in `timeZone`, so that
 * `2026-03-14T16:00:00Z` is the 15th in Shanghai); null for anything else.
 */
export function calendarDateOf(value: string, timeZone: string): CalendarDate | null {
  return dateOnly(value) ?? localDateTimeOf(value, timeZone);
}

/** `2026年3月15日` or `15 Mar 2026`: short, and unambiguous in both languages (no 03/04 puzzles). */
export function formatCalendarDate(date: CalendarDate, language: Language): string {
  if (language === 'zh-CN') return `${date.year}年${date.month}月${date.day}日`;
  return `${date.day} ${ENGLISH_MONTHS[date.month - 1] ?? '?'} ${date.year}`;
}

/** `2026年3月15日 14:30` or `15 Mar 2026, 14:30`, on a 24-hour clock as both audiences read it. */
export function formatLocalDateTime(value: LocalDateTime, language: Language): string {
  const time = `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}`;
  const separator = language === 'zh-CN' ? ' ' : ', ';
  return `${formatCalendarDate(value, language)}${separator}${time}`;
}

/** A date or instant as a buyer reads it, or null when `value` is neither. */
export function formatDisplayDate(
  value: string,
  language: Language,
  timeZone: string = DEFAULT_DISPLAY_TIME_ZONE,
): string | null {
  const date = calendarDateOf(value, timeZone);
  return date === null ? null : formatCalendarDate(date, language);
}

/** An instant as a buyer reads it, date and time, or null when `value` is not an instant. */
export function formatDisplayDateTime(
  value: string,
  language: Language,
  timeZone: string = DEFAULT_DISPLAY_TIME_ZONE,
): string | null {
  const local = localDateTimeOf(value, timeZone);
  return local === null ? null : formatLocalDateTime(local, language);
}
