import { HOLDS_QUOTA_STATUSES, type OrderStatus } from '../order/order-status.js';

/** What the funnel needs of one lead: who has it, whether it was driven and what became of its order. */
export interface FunnelLead {
  readonly dealerCode: string;
  readonly salespersonId: string;
  /** Test drives of the lead that were not cancelled. */
  readonly testDrives: number;
  /** The status of the order created from the lead; null when there is none. */
  readonly orderStatus: OrderStatus | null;
}

/** Leads at each stage of the sale. */
export interface FunnelCounts {
  readonly leads: number;
  /** Leads with at least one test drive that was not cancelled. */
  readonly testDriven: number;
  /** Leads an order was created from. */
  readonly ordered: number;
  /** Leads whose order is verified or further along (scheduled … delivered); a cancelled order no longer counts. */
  readonly verified: number;
}

export interface FunnelReport {
  readonly totals: FunnelCounts;
  readonly byDealer: readonly (FunnelCounts & { readonly dealerCode: string })[];
  readonly bySalesperson: readonly (FunnelCounts & { readonly dealerCode: string; readonly salespersonId: string })[];
}

const ZERO: FunnelCounts = { leads: 0, testDriven: 0, ordered: 0, verified: 0 };

function add(counts: FunnelCounts, lead: FunnelLead): FunnelCounts {
  return {
    leads: counts.leads + 1,
    testDriven: counts.testDriven + (lead.testDrives > 0 ? 1 : 0),
    ordered: counts.ordered + (lead.orderStatus !== null ? 1 : 0),
    verified: counts.verified + (lead.orderStatus !== null && HOLDS_QUOTA_STATUSES.has(lead.orderStatus) ? 1 : 0),
  };
}

/**
 * The sales funnel of a set of leads (those created in the report's period): leads → test-driven → ordered →
 * verified, in total, per dealer and per salesperson, each list sorted by its codes.
 */
export function funnelReport(leads: readonly FunnelLead[]): FunnelReport {
  const dealers = new Map<string, FunnelCounts>();
  const salespeople = new Map<string, { dealerCode: string; salespersonId: string; counts: FunnelCounts }>();
  let totals = ZERO;
  for (const lead of leads) {
    totals = add(totals, lead);
    dealers.set(lead.dealerCode, add(dealers.get(lead.dealerCode) ?? ZERO, lead));
    const key = JSON.stringify([lead.dealerCode, lead.salespersonId]);
    const current = salespeople.get(key) ?? {
      dealerCode: lead.dealerCode,
      salespersonId: lead.salespersonId,
      counts: ZERO,
    };
    salespeople.set(key, { ...current, counts: add(current.counts, lead) });
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    totals,
    byDealer: [...dealers.entries()]
      .sort(([a], [b]) => byCode(a, b))
      .map(([dealerCode, counts]) => ({ dealerCode, ...counts })),
    bySalesperson: [...salespeople.values()]
      .sort((a, b) => byCode(a.dealerCode, b.dealerCode) || byCode(a.salespersonId, b.salespersonId))
      .map(({ dealerCode, salespersonId, counts }) => ({ dealerCode, salespersonId, ...counts })),
  };
}
