/** Calendar helpers over instants passed in; nothing here reads the clock. */

/** Building a formatter costs far more than using one: one per time zone, made on first use. */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Offsets and their changes fall on quarter hours, so the date in a zone is the same all through a quarter hour
 * of UTC; formatting is the costly part of a submission's date arithmetic, so the last quarter hour's date is kept.
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const lastQuarter = new Map<string, { readonly startMs: number; readonly date: string }>();

/** `YYYY-MM-DD` of an instant in an IANA time zone. */
export function dateInZone(at: Date, timeZone: string): string {
  const startMs = Math.floor(at.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  const kept = lastQuarter.get(timeZone);
  if (kept !== undefined && kept.startMs === startMs) return kept.date;
  const formatter = dateFormatter(timeZone);
  const date = formatter.format(at);
  // Kept only when the whole quarter hour agrees (a zone of odd historical offset may change date inside one).
  if (formatter.format(startMs) === date && formatter.format(startMs + QUARTER_HOUR_MS - 1) === date) {
    lastQuarter.set(timeZone, { startMs, date });
  }
  return date;
}

/** `YYYY-MM` of an instant in an IANA time zone (an order's quota month is its submission month in the region's zone). */
export function monthInZone(at: Date, timeZone: string): string {
  return dateInZone(at, timeZone).slice(0, 7);
}

/** The month `count` months after `month` (`2026-12` + 1 = `2027-01`). */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function isMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
