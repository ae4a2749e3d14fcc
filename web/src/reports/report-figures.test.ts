import { describe, expect, it } from 'vitest';
import { readableDuration, tallies } from './report-figures.js';

describe("a report's figures", () => {
  it('reads a tally given as a map, largest first', () => {
    expect(tallies({ verified: 3, rejected: 5, postponed: 0 })).toEqual([
      { key: 'rejected', count: 5 },
      { key: 'verified', count: 3 },
      { key: 'postponed', count: 0 },
    ]);
  });

  it('reads a tally given as rows, skipping rows it cannot read', () => {
    expect(tallies([{ check: 'quota', count: 2 }, { decision: 'verified', orders: 7 }, { nothing: 1 }, null])).toEqual([
      { key: 'verified', count: 7 },
      { key: 'quota', count: 2 },
    ]);
    expect(tallies(undefined)).toEqual([]);
  });

  it('writes waiting times in the unit people read them in', () => {
    expect(readableDuration(850)).toBe('850 ms');
    expect(readableDuration(12_500)).toBe('12.5 s');
    expect(readableDuration(192_000)).toBe('3.2 min');
    expect(readableDuration(18_000_000)).toBe('5.0 h');
    expect(readableDuration(null)).toBe('—');
  });
});
