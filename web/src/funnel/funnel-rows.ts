import { addDays } from '../../../src/domain/shared/clock.js';
import { zonedInstant } from '../../../src/domain/test-drive/test-drive-slots.js';
import type { ApiFunnelCounts } from '../api/sales-types.js';
import { SHOWROOM_TIME_ZONE } from '../test-drives/showroom-time.js';

/** The stages of a sale, in order: every lead, those who drove, those who ordered, those whose order was verified. */
export const FUNNEL_STAGES = ['leads', 'testDriven', 'ordered', 'verified'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface StageFigure {
  readonly stage: FunnelStage;
  readonly count: number;
  /** Of the leads; null when there are none. */
  readonly shareOfLeads: number | null;
}

/** A row of the funnel as its stages, each with its share of the leads. */
export function stageFigures(counts: ApiFunnelCounts): StageFigure[] {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    count: counts[stage],
    shareOfLeads: counts.leads === 0 ? null : counts[stage] / counts.leads,
  }));
}

/**
 * The report period of two calendar days as typed (either may be blank: the server then takes the current month),
 * as instants of the showroom's days: from the start of the first day to the end of the last.
 */
export function periodQuery(from: string, to: string): { readonly from?: string; readonly to?: string } {
  const instant = (date: string) => new Date(zonedInstant(date, 0, SHOWROOM_TIME_ZONE)).toISOString();
  const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
  return {
    ...(isDate(from) ? { from: instant(from) } : {}),
    ...(isDate(to) ? { to: instant(addDays(to, 1)) } : {}),
  };
}
