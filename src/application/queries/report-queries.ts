import { monthRange, type InstantRange } from '../../domain/reporting/month-range.js';
import { verificationReport, type VerificationReport } from '../../domain/reporting/verification-report.js';
import { monthInZone } from '../../domain/shared/clock.js';
import { violation } from '../../domain/shared/violation.js';
import type { Actor } from '../actor.js';
import { ApplicationError } from '../application-error.js';
import type { Services } from '../services.js';
import { dealerScopeOf } from './order-queries.js';

/** The zone whose calendar month a report covers by default: the regions' (SPEC §2). */
export const REPORT_TIME_ZONE = 'Asia/Shanghai';

/** The longest span one report may cover: a year and a day, so that a report's reads stay bounded. */
export const MAX_REPORT_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;

export interface ReportRequest {
  /** ISO instants; the current month's bounds when left out. */
  readonly from?: string;
  readonly to?: string;
  /** For the automaker's staff: one dealer's orders only. */
  readonly dealer?: string;
}

export interface ScopedVerificationReport extends VerificationReport {
  readonly from: string;
  readonly to: string;
  /** The dealer the report is limited to, or null for every dealer. */
  readonly dealer: string | null;
}

function reportRange(request: ReportRequest, now: Date): InstantRange {
  const month = monthRange(monthInZone(now, REPORT_TIME_ZONE), REPORT_TIME_ZONE);
  const from = request.from === undefined ? month.from : new Date(request.from).toISOString();
  const to = request.to === undefined ? month.to : new Date(request.to).toISOString();
  const spanMs = Date.parse(to) - Date.parse(from);
  if (spanMs <= 0) {
    throw new ApplicationError('validation_failed', 'The report range must end after it starts.', [
      violation('range_reversed', `The range ends at ${to}, not after its start ${from}.`, 'query.to'),
    ]);
  }
  if (spanMs > MAX_REPORT_RANGE_DAYS * DAY_MS) {
    throw new ApplicationError('validation_failed', `A report covers at most ${MAX_REPORT_RANGE_DAYS} days.`, [
      violation('range_too_long', `At most ${MAX_REPORT_RANGE_DAYS} days from ${from}.`, 'query.to'),
    ]);
  }
  return { from, to };
}

/**
 * The verification report (SPEC §5) over the orders created in the range: a dealer manager's covers its own dealer
 * only, whatever it asks for; the automaker's staff see every dealer or the one they name.
 */
export async function verificationReportFor(
  services: Services,
  actor: Actor,
  request: ReportRequest,
): Promise<ScopedVerificationReport> {
  const scope = dealerScopeOf(actor);
  if (scope !== null && request.dealer !== undefined && request.dealer !== scope) {
    throw new ApplicationError('forbidden', "A dealer's staff see only their own dealer's report.");
  }
  const dealer = scope ?? request.dealer ?? null;
  const now = services.clock.now();
  const range = reportRange(request, now);
  const orders = await services.runner.read.reports.reportOrders(range.from, range.to, dealer);
  const report = verificationReport(orders, range, now.toISOString(), services.policies.slaHours);
  return { ...report, from: range.from, to: range.to, dealer };
}
