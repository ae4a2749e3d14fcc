import type { ApiFunnelCounts } from '../api/sales-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { FunnelBars } from './funnel-bars.js';
import { FUNNEL_STAGES } from './funnel-rows.js';

export interface FunnelRow {
  readonly key: string;
  readonly name: string;
  /** The dealer of a salesperson's row; absent on the dealers' own rows. */
  readonly dealer?: string;
  readonly counts: ApiFunnelCounts;
}

/** Rows of the funnel (dealers or salespeople): the four stages, the share verified, and the bars on one scale. */
export function FunnelTable({ title, rows }: { readonly title: string; readonly rows: readonly FunnelRow[] }) {
  const { t, number, percent } = useI18n();
  const scale = Math.max(1, ...rows.map((row) => row.counts.leads));
  const withDealer = rows.some((row) => row.dealer !== undefined);
  return (
    <section className="card funnel-table" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.noData')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('funnel.name')}</th>
                {withDealer && <th scope="col">{t('orders.dealer')}</th>}
                {FUNNEL_STAGES.map((stage) => (
                  <th key={stage} scope="col" className="numeric">
                    {t(`funnel.stage.${stage}`)}
                  </th>
                ))}
                <th scope="col" className="numeric">
                  {t('funnel.verifiedShare')}
                </th>
                <th scope="col">{t('funnel.bars')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.name}</th>
                  {withDealer && <td>{row.dealer}</td>}
                  {FUNNEL_STAGES.map((stage) => (
                    <td key={stage} className="numeric">
                      {number(row.counts[stage])}
                    </td>
                  ))}
                  <td className="numeric">
                    {row.counts.leads === 0 ? t('order.none') : percent(row.counts.verified / row.counts.leads)}
                  </td>
                  <td>
                    <FunnelBars counts={row.counts} scale={scale} label={row.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
