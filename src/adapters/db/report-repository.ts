import type { Kysely } from 'kysely';
import type { ReportRepository } from '../../application/ports/repositories.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import type { ReportOrder } from '../../domain/reporting/report-order.js';
import type { Verification } from '../../domain/verification/verification-types.js';
import type { Database } from './schema.js';

/** The verification record holds more (messages, details); the report needs who decided and which checks failed. */
function reportOrderFromRow(row: {
  status: string;
  created_at: string;
  decided_at: string | null;
  deposit_amount_cents: number;
  verification: string | null;
}): ReportOrder {
  const verification = row.verification === null ? null : (JSON.parse(row.verification) as Verification);
  return {
    status: row.status as OrderStatus,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_at === null ? null : (verification?.decidedBy ?? null),
    depositCents: Number(row.deposit_amount_cents),
    failedChecks: (verification?.checks ?? []).filter((line) => line.result !== 'pass').map((line) => line.check),
  };
}

export class KyselyReportRepository implements ReportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async reportOrders(from: string, to: string, dealerCode: string | null): Promise<readonly ReportOrder[]> {
    let query = this.db
      .selectFrom('orders')
      .select(['status', 'created_at', 'decided_at', 'deposit_amount_cents', 'verification'])
      .where('created_at', '>=', from)
      .where('created_at', '<', to);
    if (dealerCode !== null) query = query.where('dealer_code', '=', dealerCode);
    return (await query.execute()).map(reportOrderFromRow);
  }
}
