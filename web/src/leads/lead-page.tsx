import type { ApiLead } from '../api/sales-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { TestDrivesPanel } from '../test-drives/test-drives-panel.js';
import { LeadNotFound } from './lead-not-found.js';
import { ProfilePanel } from './profile-panel.js';
import { RecommendationPanel } from './recommendation-panel.js';

/** One lead: the needs profile, the cars that answer it and what to say, the test drives, and the order. */
export function LeadPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const api = useApi();
  const lead = useRequest(() => api.get<ApiLead>(`/leads/${encodeURIComponent(id)}`), [api, id]);
  if (lead.status === 'error' && lead.error.notFound) return <LeadNotFound id={id} />;
  return (
    <section>
      {lead.status !== 'ready' && <PageTitle text={t('leads.title')} />}
      <RequestView state={lead} onRetry={lead.reload}>
        {(loaded) => <LeadView lead={loaded} onChanged={lead.reload} />}
      </RequestView>
    </section>
  );
}

function LeadView({ lead, onChanged }: { readonly lead: ApiLead; readonly onChanged: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const selling = can.workLeads(user);
  return (
    <>
      <div className="page-heading">
        <PageTitle text={t('leads.leadTitle', { name: lead.name })} />
        {lead.orderId !== null && (
          <Link to={paths.order(lead.orderId)} className="button-primary">
            {t('leads.openOrder')}
          </Link>
        )}
      </div>
      <div className="order-layout">
        <div className="order-main">
          <ProfilePanel key={lead.version} lead={lead} editable={selling} onSaved={onChanged} />
          <RecommendationPanel lead={lead} canOrder={selling && lead.orderId === null} />
        </div>
        <div className="order-side">
          <TestDrivesPanel lead={lead} canBook={selling} />
        </div>
      </div>
    </>
  );
}
