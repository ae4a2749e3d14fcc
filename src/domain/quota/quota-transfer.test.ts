import { describe, expect, it } from 'vitest';
import { checkQuotaTransfer, type QuotaTransferRequest, unusedUnits } from './quota-transfer.js';
import type { QuotaBucket } from './quota-types.js';

const SOURCE: QuotaBucket = { region: 'EAST', month: '2027-01', model: 'E7', cap: 10, used: 7 };
const request = (overrides: Partial<QuotaTransferRequest> = {}): QuotaTransferRequest => ({
  month: '2027-01',
  model: 'E7',
  fromRegion: 'EAST',
  toRegion: 'NORTH',
  units: 3,
  ...overrides,
});

describe('unusedUnits', () => {
  it('is what no verified order holds, and nothing for a bucket never allocated', () => {
    expect(unusedUnits(SOURCE)).toBe(3);
    expect(unusedUnits(null)).toBe(0);
  });
});

describe('checkQuotaTransfer', () => {
  it('moves every unused unit, leaving the source exactly at what it uses', () => {
    expect(checkQuotaTransfer(request(), SOURCE)).toEqual([]);
  });

  it('refuses one unit more than is unused', () => {
    expect(checkQuotaTransfer(request({ units: 4 }), SOURCE)).toEqual([
      {
        code: 'transfer_exceeds_unused',
        message: 'EAST has 3 unused unit(s) of E7 in 2027-01; 4 cannot move.',
        path: 'units',
      },
    ]);
  });

  it('refuses to take from a bucket never allocated', () => {
    expect(checkQuotaTransfer(request({ units: 1 }), null).map((found) => found.code)).toEqual([
      'transfer_exceeds_unused',
    ]);
  });

  it('refuses a transfer from a region to itself', () => {
    expect(checkQuotaTransfer(request({ toRegion: 'EAST' }), SOURCE).map((found) => found.path)).toEqual(['toRegion']);
  });
});
