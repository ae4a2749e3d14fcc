import { describe, expect, it } from 'vitest';
import type { CheckOutcome, Verification } from '../verification/verification-types.js';
import { awaitedParts } from './awaited-parts.js';

const hold = (part: unknown): CheckOutcome => ({
  check: 'materials',
  result: 'hold',
  code: 'part_short',
  message: 'Out of stock.',
  path: 'vehicle.options',
  details: { part, expectedAt: null },
});

const postponed = (checks: CheckOutcome[]): Verification => ({
  decision: 'postponed',
  decidedBy: 'system',
  decidedAt: '2026-12-04T04:00:00.000Z',
  checks,
});

describe('awaitedParts', () => {
  it('names every short part once, sorted', () => {
    expect(awaitedParts(postponed([hold('LIDAR-UNIT'), hold('GLASS-PANO-E7'), hold('LIDAR-UNIT')]))).toEqual([
      'GLASS-PANO-E7',
      'LIDAR-UNIT',
    ]);
  });

  it('names nothing for an order that waits for no part', () => {
    const passed: CheckOutcome = { check: 'materials', result: 'pass', code: 'ok', message: 'All there.', path: null };
    expect(awaitedParts(postponed([passed]))).toEqual([]);
    expect(awaitedParts(null)).toEqual([]);
  });

  it('ignores a hold line that names no part', () => {
    expect(awaitedParts(postponed([hold(undefined), hold(''), hold(42)]))).toEqual([]);
  });
});
