import type { ApiLead } from '../api/sales-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useNeedsSummary } from './needs-summary.js';

/** Leads as rows: name (a link to the lead), phone (masked), the needs in a line, when recorded, and the order. */
export function LeadTable({ leads }: { readonly leads: readonly ApiLead[] }) {
  const { t, dateTime } = useI18n();
  const summary = useNeedsSummary();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('leads.name')}</th>
            <th scope="col">{t('form.phone')}</th>
            <th scope="col">{t('leads.needs')}</th>
            <th scope="col">{t('leads.created')}</th>
            <th scope="col">{t('leads.order')}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <th scope="row">
                <Link to={paths.lead(lead.id)}>{lead.name}</Link>
              </th>
              <td>{lead.phone ?? t('order.none')}</td>
              <td>{summary(lead).join(' · ') || t('order.none')}</td>
              <td>{dateTime(lead.createdAt)}</td>
              <td>
                {lead.orderId === null ? (
                  t('order.none')
                ) : (
                  <Link to={paths.order(lead.orderId)}>{t('leads.openOrder')}</Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
