import { useState } from 'react';
import type { ApiVerificationReport } from '../api/api-types.js';
import { BarChart } from '../components/bar-chart.js';
import { PeriodFilterForm, type DateRange } from '../components/date-range-fields.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { isMessageKey } from '../i18n/translate.js';
import { useApi } from '../session/session-context.js';
import { readableDuration, tallies } from './report-figures.js';

/** The verification report: the dealer manager's own dealership, or every dealer for the automaker. */
export function ReportPage() {
  const { t } = useI18n();
  const api = useApi();
  const [period, setPeriod] = useState<DateRange>({ from: '', to: '' });
  const [draft, setDraft] = useState(period);
  const report = useRequest(
    () => api.get<ApiVerificationReport>('/reports/verification', { ...period }),
    [api, period],
  );
  return (
    <section>
      <PageTitle text={t('reports.title')} />
      <PeriodFilterForm value={draft} onChange={setDraft} onShow={() => setPeriod(draft)} />
      <RequestView state={report} onRetry={report.reload}>
        {(data) => <ReportView report={data} />}
      </RequestView>
    </section>
  );
}

function ReportView({ report }: { readonly report: ApiVerificationReport }) {
  const { t, money, percent, number } = useI18n();
  const label = (prefix: 'status' | 'check', key: string) => {
    const messageKey = `${prefix}.${key}`;
    return isMessageKey(messageKey) ? t(messageKey) : key;
  };
  const figures: [string, string][] = [
    [t('reports.orders'), number(report.orders)],
    [t('reports.autoRate'), percent(report.autoRate)],
    [t('reports.latency'), `${readableDuration(report.latencyMs?.p50)} / ${readableDuration(report.latencyMs?.p95)}`],
    [t('reports.slaBreaches'), number(report.slaBreaches)],
    [t('reports.depositsAtRisk'), money(report.depositsAtRiskCents)],
  ];
  const byStatus = tallies(report.byStatus);
  return (
    <>
      <dl className="figures">
        {figures.map(([name, value]) => (
          <div key={name} className="card figure">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="charts">
        <BarChart
          title={t('reports.byDecision')}
          bars={tallies(report.byDecision).map((row) => ({ label: label('status', row.key), value: row.count }))}
        />
        <BarChart
          title={t('reports.byCheck')}
          bars={tallies(report.byCheckFailure).map((row) => ({ label: label('check', row.key), value: row.count }))}
        />
        {byStatus.length > 0 && (
          <BarChart
            title={t('reports.byStatus')}
            bars={byStatus.map((row) => ({ label: label('status', row.key), value: row.count }))}
          />
        )}
      </div>
    </>
  );
}
