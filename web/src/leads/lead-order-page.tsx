import { useState } from 'react';
import type { ApiCatalog, ApiOrder } from '../api/api-types.js';
import type { ApiLead } from '../api/sales-types.js';
import { PageTitle } from '../components/page-title.js';
import { ErrorNotice, RequestView } from '../components/request-view.js';
import { useAction, useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { OrderForm } from '../order-form/order-form.js';
import { useDomainModels } from '../orders/use-domain-models.js';
import { Link, useRouter } from '../router/router.js';
import { configurationFromQuery, paths } from '../router/routes.js';
import { useReferenceData } from '../session/reference-data.js';
import { useApi } from '../session/session-context.js';
import { LeadNotFound } from './lead-not-found.js';
import { leadOrderBody, leadOrderForm } from './lead-order-form.js';

/**
 * The order of a lead, prefilled from the lead and the offer chosen: the dealer adds the ID and the deposit, and the
 * order is submitted and verified like any other, then shown with its verdict.
 */
export function LeadOrderPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { catalog } = useReferenceData();
  const lead = useRequest(() => api.get<ApiLead>(`/leads/${encodeURIComponent(id)}`), [api, id]);
  if (lead.status === 'error' && lead.error.notFound) return <LeadNotFound id={id} />;
  const title =
    lead.status === 'ready' ? t('leadOrder.title', { name: lead.data.name }) : t('leadOrder.title', { name: '' });
  return (
    <section>
      <PageTitle text={title} />
      <RequestView state={lead} onRetry={lead.reload}>
        {(loaded) => (
          <RequestView state={catalog} onRetry={catalog.reload}>
            {(data) => <LeadOrder lead={loaded} catalog={data} />}
          </RequestView>
        )}
      </RequestView>
    </section>
  );
}

function LeadOrder({ lead, catalog }: { readonly lead: ApiLead; readonly catalog: ApiCatalog }) {
  const { t } = useI18n();
  const api = useApi();
  const { location, navigate } = useRouter();
  const models = useDomainModels(catalog);
  const choice = configurationFromQuery(location.query);
  // The form starts once, from what the page opened with.
  const [initial] = useState(() =>
    leadOrderForm(
      lead,
      choice,
      models.find((model) => model.code === choice?.model),
      new Date(),
    ),
  );
  const action = useAction();
  const [refused, setRefused] = useState(false);
  const findings = action.error?.errors ?? [];
  const back = <Link to={paths.lead(lead.id)}>{t('leadOrder.back', { name: lead.name })}</Link>;
  if (lead.orderId !== null) {
    return (
      <>
        <p className="notice notice-muted">{t('leadOrder.already')}</p>
        <p className="button-row">
          <Link to={paths.order(lead.orderId)} className="button-primary">
            {t('leads.openOrder')}
          </Link>
          {back}
        </p>
      </>
    );
  }
  return (
    <>
      <p>{back}</p>
      <p className="notice notice-muted" role="status">
        {t(choice === null ? 'leadOrder.prefilledContact' : 'leadOrder.prefilled')}
      </p>
      {action.error !== null && findings.length === 0 && <ErrorNotice error={action.error} />}
      {refused && findings.length > 0 && (
        <p className="notice notice-error" role="alert">
          {t('form.serverRefused', { detail: action.error?.detail ?? '' })}
        </p>
      )}
      <OrderForm
        models={models}
        initial={initial}
        editing={null}
        contactFromLead
        serverFindings={findings}
        pending={action.pending}
        submitLabel={t('form.submit')}
        onSubmit={(form) => {
          void action
            .run(() => api.post<ApiOrder>(`/leads/${encodeURIComponent(lead.id)}/order`, leadOrderBody(form)))
            .then((order) => {
              setRefused(order === undefined);
              if (order) navigate(paths.order(order.id));
            });
        }}
      />
    </>
  );
}
