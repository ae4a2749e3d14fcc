import { useState } from 'react';
import type { ApiFunnelReport } from '../api/sales-types.js';
import { BarChart } from '../components/bar-chart.js';
import { PeriodFilterForm } from '../components/date-range-fields.js';
import { DealerOptions } from '../components/dealer-options.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { FunnelTable } from './funnel-table.js';
import { periodQuery, stageFigures } from './funnel-rows.js';

/** The period ends just before `to`: its last day is the day of the instant before. */
const lastMoment = (to: string) => new Date(Date.parse(to) - 1).toISOString();

interface Filter {
  readonly from: string;
  readonly to: string;
  readonly dealer: string;
}

/**
 * The sales funnel of the leads created in a period: leads → test drives → orders → verified, in total, per dealer
 * and per salesperson. A dealer manager sees their own dealership; the automaker every dealer, or the one it picks.
 */
export function FunnelReportPage() {
  const { t } = useI18n();
  const api = useApi();
  const user = useUser();
  const [filter, setFilter] = useState<Filter>({ from: '', to: '', dealer: '' });
  const [draft, setDraft] = useState(filter);
  const report = useRequest(
    () =>
      api.get<ApiFunnelReport>('/reports/funnel', {
        ...periodQuery(filter.from, filter.to),
        dealer: filter.dealer,
      }),
    [api, filter],
  );
  const pickDealer = can.readAllOrders(user);
  return (
    <section>
      <PageTitle text={t('funnel.title')} />
      <PeriodFilterForm value={draft} onChange={setDraft} onShow={() => setFilter(draft)}>
        {pickDealer && (
          <label>
            <span>{t('orders.dealer')}</span>
            <select value={draft.dealer} onChange={(event) => setDraft({ ...draft, dealer: event.target.value })}>
              <DealerOptions />
            </select>
          </label>
        )}
      </PeriodFilterForm>
      <RequestView state={report} onRetry={report.reload}>
        {(data) => <FunnelView report={data} />}
      </RequestView>
    </section>
  );
}

function FunnelView({ report }: { readonly report: ApiFunnelReport }) {
  const { t, number, percent, date } = useI18n();
  const stages = stageFigures(report.totals);
  const salespersonName = (row: ApiFunnelReport['bySalesperson'][number]) =>
    row.displayName ?? row.username ?? row.salespersonId;
  return (
    <>
      <p className="muted">{t('funnel.period', { from: date(report.from), to: date(lastMoment(report.to)) })}</p>
      <dl className="figures" data-testid="funnel-totals">
        {stages.map((figure) => (
          <div key={figure.stage} className="card figure">
            <dt>{t(`funnel.stage.${figure.stage}`)}</dt>
            <dd>
              {number(figure.count)}
              {figure.stage !== 'leads' && figure.shareOfLeads !== null && (
                <span className="figure-share"> {percent(figure.shareOfLeads)}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <div className="charts">
        <BarChart
          title={t('funnel.total')}
          bars={
            report.totals.leads === 0
              ? []
              : stages.map((figure) => ({ label: t(`funnel.stage.${figure.stage}`), value: figure.count }))
          }
        />
      </div>
      <FunnelTable
        title={t('funnel.byDealer')}
        rows={report.byDealer.map((row) => ({ key: row.dealerCode, name: row.dealerCode, counts: row }))}
      />
      <FunnelTable
        title={t('funnel.bySalesperson')}
        rows={report.bySalesperson.map((row) => ({
          key: `${row.dealerCode}/${row.salespersonId}`,
          name: salespersonName(row),
          dealer: row.dealerCode,
          counts: row,
        }))}
      />
    </>
  );
}
