import { describe, expect, it } from 'vitest';
import { funnelReport, type FunnelLead } from './funnel-report.js';

const lead = (
  dealerCode: string,
  salespersonId: string,
  testDrives: number,
  orderStatus: FunnelLead['orderStatus'],
) => ({
  dealerCode,
  salespersonId,
  testDrives,
  orderStatus,
});

describe('the sales funnel', () => {
  it('counts leads, test-driven, ordered and verified, in total, per dealer and per salesperson', () => {
    const report = funnelReport([
      lead('SH001', 'li', 0, null),
      lead('SH001', 'li', 2, null),
      lead('SH001', 'li', 1, 'verified'),
      lead('SH001', 'wang', 1, 'rejected'),
      lead('BJ001', 'zhang', 0, 'scheduled'),
      lead('BJ001', 'zhang', 1, 'cancelled'),
    ]);
    expect(report.totals).toEqual({ leads: 6, testDriven: 4, ordered: 4, verified: 2 });
    expect(report.byDealer).toEqual([
      { dealerCode: 'BJ001', leads: 2, testDriven: 1, ordered: 2, verified: 1 },
      { dealerCode: 'SH001', leads: 4, testDriven: 3, ordered: 2, verified: 1 },
    ]);
    expect(report.bySalesperson).toEqual([
      { dealerCode: 'BJ001', salespersonId: 'zhang', leads: 2, testDriven: 1, ordered: 2, verified: 1 },
      { dealerCode: 'SH001', salespersonId: 'li', leads: 3, testDriven: 2, ordered: 1, verified: 1 },
      { dealerCode: 'SH001', salespersonId: 'wang', leads: 1, testDriven: 1, ordered: 1, verified: 0 },
    ]);
  });

  it('reports zeros and empty lists for no leads', () => {
    expect(funnelReport([])).toEqual({
      totals: { leads: 0, testDriven: 0, ordered: 0, verified: 0 },
      byDealer: [],
      bySalesperson: [],
    });
  });
});
