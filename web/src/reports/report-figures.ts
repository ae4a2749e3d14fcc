/** A tally of a report: how many orders had each key (a verdict, a failed check, a status). */
export interface Tally {
  readonly key: string;
  readonly count: number;
}

const KEY_FIELDS = ['key', 'decision', 'check', 'status', 'code', 'name'] as const;
const COUNT_FIELDS = ['count', 'orders', 'value', 'n'] as const;

/** A report's tally as rows, from a map (`{verified: 12}`) or a list of rows (`[{decision, count}]`), largest first. */
export function tallies(value: unknown): Tally[] {
  const rows: Tally[] = [];
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (entry === null || typeof entry !== 'object') continue;
      const record = entry as Record<string, unknown>;
      const key = KEY_FIELDS.map((field) => record[field]).find((candidate) => typeof candidate === 'string');
      const count = COUNT_FIELDS.map((field) => record[field]).find((candidate) => typeof candidate === 'number');
      if (typeof key === 'string' && typeof count === 'number') rows.push({ key, count });
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, count] of Object.entries(value)) if (typeof count === 'number') rows.push({ key, count });
  }
  return rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Milliseconds as people read a waiting time: `850 ms`, `12.5 s`, `3.2 min`, `5.0 h`. */
export function readableDuration(milliseconds: number | null | undefined): string {
  if (milliseconds === null || milliseconds === undefined || !Number.isFinite(milliseconds)) return '—';
  if (milliseconds < 1_000) return `${Math.round(milliseconds)} ms`;
  if (milliseconds < 60_000) return `${(milliseconds / 1_000).toFixed(1)} s`;
  if (milliseconds < 3_600_000) return `${(milliseconds / 60_000).toFixed(1)} min`;
  return `${(milliseconds / 3_600_000).toFixed(1)} h`;
}
