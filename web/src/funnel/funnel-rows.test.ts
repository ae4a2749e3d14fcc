import { describe, expect, it } from 'vitest';
import { periodQuery, stageFigures } from './funnel-rows.js';

describe('the figures of the sales funnel', () => {
  it('gives each stage with its share of the leads', () => {
    expect(stageFigures({ leads: 4, testDriven: 2, ordered: 1, verified: 1 })).toEqual([
      { stage: 'leads', count: 4, shareOfLeads: 1 },
      { stage: 'testDriven', count: 2, shareOfLeads: 0.5 },
      { stage: 'ordered', count: 1, shareOfLeads: 0.25 },
      { stage: 'verified', count: 1, shareOfLeads: 0.25 },
    ]);
  });

  it('gives no share when there are no leads', () => {
    expect(stageFigures({ leads: 0, testDriven: 0, ordered: 0, verified: 0 })[1]?.shareOfLeads).toBeNull();
  });

  it("reads a period as whole days of the showroom's calendar, the last day included", () => {
    expect(periodQuery('2026-12-01', '2026-12-31')).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
    });
  });

  it('leaves a blank end to the server', () => {
    expect(periodQuery('', '2026-12-04')).toEqual({ to: '2026-12-04T16:00:00.000Z' });
    expect(periodQuery('', '')).toEqual({});
  });
});
