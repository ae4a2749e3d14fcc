import { useMemo, useRef, useState } from 'react';
import type { ApiCatalog, ApiOrder } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { ErrorNotice, RequestView } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { emptyOrderForm } from '../order-form/form-state.js';
import { SubmissionKeys } from '../order-form/idempotency.js';
import { OrderForm } from '../order-form/order-form.js';
import { submitOrderBody } from '../order-form/order-request.js';
import { useRouter } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useReferenceData } from '../session/reference-data.js';
import { useApi } from '../session/session-context.js';
import { useDomainModels } from './use-domain-models.js';

/** A dealer enters a customer's order; once submitted, the order's page shows the verdict. */
export function NewOrderPage() {
  const { t } = useI18n();
  const { catalog } = useReferenceData();
  return (
    <section>
      <PageTitle text={t('form.newTitle')} />
      <RequestView state={catalog} onRetry={catalog.reload}>
        {(data) => <NewOrderForm catalog={data} />}
      </RequestView>
    </section>
  );
}

function NewOrderForm({ catalog }: { readonly catalog: ApiCatalog }) {
  const { t } = useI18n();
  const api = useApi();
  const { navigate } = useRouter();
  const models = useDomainModels(catalog);
  const initial = useMemo(() => emptyOrderForm(new Date()), []);
  const keys = useRef(new SubmissionKeys());
  const action = useAction();
  const [refused, setRefused] = useState(false);
  const findings = action.error?.errors ?? [];
  return (
    <>
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
        serverFindings={findings}
        pending={action.pending}
        submitLabel={t('form.submit')}
        onSubmit={(form) => {
          const body = submitOrderBody(form);
          void action
            .run(() => api.post<ApiOrder>('/orders', body, { 'Idempotency-Key': keys.current.keyFor(body) }))
            .then((order) => {
              setRefused(order === undefined);
              if (order) navigate(paths.order(order.id));
            });
        }}
      />
    </>
  );
}
