import { describe, expect, it } from 'vitest';
import { cellKey, quotaGrid, quotaMonths, usedShare, withBucket } from './quota-grid.js';

const buckets = [
  { region: 'NORTH', month: '2027-01', model: 'E7', cap: 800, used: 0 },
  { region: 'EAST', month: '2026-12', model: 'X9', cap: 600, used: 12 },
  { region: 'EAST', month: '2026-12', model: 'E7', cap: 1200, used: 300 },
  { region: 'NORTH', month: '2026-12', model: 'C3', cap: 2, used: 2 },
];

describe('the quota board', () => {
  it('lists the months earliest first', () => {
    expect(quotaMonths(buckets)).toEqual(['2026-12', '2027-01']);
  });

  it('lays one month out as regions by models, in the catalog’s model order', () => {
    const grid = quotaGrid(buckets, '2026-12', ['E7', 'X9', 'C3']);
    expect(grid.regions).toEqual(['EAST', 'NORTH']);
    expect(grid.models).toEqual(['E7', 'X9', 'C3']);
    expect(grid.cells.get(cellKey('EAST', 'E7'))?.used).toBe(300);
    expect(grid.cells.get(cellKey('NORTH', 'E7'))).toBeUndefined();
  });

  it('measures how full a bucket is, an empty cap being full', () => {
    expect(usedShare({ region: 'EAST', month: '2026-12', model: 'E7', cap: 1200, used: 300 })).toBe(0.25);
    expect(usedShare({ region: 'EAST', month: '2026-12', model: 'E7', cap: 0, used: 0 })).toBe(1);
  });

  it('replaces a changed bucket and adds a new one', () => {
    const raised = { region: 'NORTH', month: '2026-12', model: 'C3', cap: 10, used: 2 };
    expect(withBucket(buckets, raised).filter((bucket) => bucket.model === 'C3')).toEqual([raised]);
    const added = { region: 'WEST', month: '2026-12', model: 'C3', cap: 5, used: 0 };
    expect(withBucket(buckets, added)).toHaveLength(5);
  });
});
