/** Conversions between ISO instants and the `datetime-local` input, which speaks the browser's time zone. */

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `2026-12-03T02:00:00Z` → `2026-12-03T10:00` in Shanghai: the instant on the local wall clock, to the minute. */
export function toLocalInputValue(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

/** The ISO instant of a `datetime-local` value, or null when it is empty or not a date and time. */
export function fromLocalInputValue(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const instant = new Date(local);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The local calendar date `YYYY-MM-DD` of an instant: the day a person at this browser calls today. */
export function localDate(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
