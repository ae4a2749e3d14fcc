import { assert, InvariantError } from '../shared/assert.js';
import { addMonths, dateInZone, isMonth } from '../shared/clock.js';

/** A half-open span of time, `from` included and `to` not, as ISO instants. */
export interface InstantRange {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;

/** Building a formatter costs far more than using one: one per time zone, made on first use (as in `clock.ts`). */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  const cached = wallClockFormats.get(timeZone);
  if (cached !== undefined) return cached;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new InvariantError(`"${timeZone}" is not an IANA time zone`);
  }
  wallClockFormats.set(timeZone, format);
  return format;
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (Asia/Shanghai: 8 hours). */
function offsetMs(format: Intl.DateTimeFormat, instantMs: number): number {
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(format.formatToParts(instantMs).find((part) => part.type === type)?.value);
  const wallAsUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  // The wall clock shows whole seconds: compare it with the instant cut to whole seconds too.
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The first instant of a local date in a zone. Midnight less the zone's offset, with a catch: around a daylight-saving
 * change the offset differs either side, and where clocks jump at midnight (America/Havana, America/Asuncion) the day
 * starts at 01:00 or has its midnight twice. So every offset in force within a day either side is tried, and the
 * earliest candidate that really falls on the date wins.
 */
function startOfLocalDay(date: string, timeZone: string): number {
  const format = wallClockFormat(timeZone);
  const midnightAsUtc = Date.parse(`${date}T00:00:00Z`);
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetMs(format, midnightAsUtc + shift)));
  const starts = [...offsets]
    .map((offset) => midnightAsUtc - offset)
    .filter((candidate) => dateInZone(new Date(candidate), timeZone) === date);
  assert(starts.length > 0, `found no start of ${date} in ${timeZone}`);
  return Math.min(...starts);
}

/**
 * The instants a calendar month spans in a time zone: from the first moment of its first day to the first moment of
 * the next month's first day (`2026-03` in Asia/Shanghai, UTC+8 all year: `2026-02-28T16:00:00.000Z` to
 * `2026-03-31T16:00:00.000Z`). Daylight-saving zones are handled from the zone's own rules, through `Intl`.
 */
export function monthRange(month: string, timeZone: string): InstantRange {
  assert(isMonth(month), `a month is YYYY-MM, got "${month}"`);
  return {
    from: new Date(startOfLocalDay(`${month}-01`, timeZone)).toISOString(),
    to: new Date(startOfLocalDay(`${addMonths(month, 1)}-01`, timeZone)).toISOString(),
  };
}
