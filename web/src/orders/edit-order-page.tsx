import { useMemo, useState } from 'react';
import type { ApiCatalog, ApiOrder } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { SaveNotices } from '../components/save-notices.js';
import { useAction, useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { orderFormFromOrder } from '../order-form/form-state.js';
import { OrderForm, type ServerFinding } from '../order-form/order-form.js';
import { patchOrderBody } from '../order-form/order-request.js';
import { Link, useRouter } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useReferenceData } from '../session/reference-data.js';
import { useApi } from '../session/session-context.js';
import { checkLineText } from './check-line-text.js';
import { OrderNotFound } from './order-not-found.js';
import { LOCKED_STATUSES } from './order-status-groups.js';
import { useDomainModels } from './use-domain-models.js';

/** A dealer fixes an order that is not verified yet (or its contact data later) and it is verified again. */
export function EditOrderPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const api = useApi();
  const { catalog } = useReferenceData();
  const order = useRequest(() => api.get<ApiOrder>(`/orders/${encodeURIComponent(id)}`), [api, id]);
  if (order.status === 'error' && order.error.notFound) return <OrderNotFound id={id} />;
  return (
    <section>
      <PageTitle
        text={
          order.status === 'ready'
            ? t('form.editTitle', { orderNo: order.data.orderNo })
            : t('form.editTitle', { orderNo: id })
        }
      />
      <RequestView state={order} onRetry={order.reload}>
        {(loaded) => (
          <RequestView state={catalog} onRetry={catalog.reload}>
            {(data) => <EditOrderForm key={loaded.version} order={loaded} catalog={data} reload={order.reload} />}
          </RequestView>
        )}
      </RequestView>
    </section>
  );
}

function EditOrderForm({
  order,
  catalog,
  reload,
}: {
  readonly order: ApiOrder;
  readonly catalog: ApiCatalog;
  readonly reload: () => void;
}) {
  const { t, money, date } = useI18n();
  const api = useApi();
  const { navigate } = useRouter();
  const models = useDomainModels(catalog);
  const initial = useMemo(() => orderFormFromOrder(order), [order]);
  const action = useAction();
  const [nothingChanged, setNothingChanged] = useState(false);
  const model = catalog.models.find((candidate) => candidate.code === order.vehicle.model);
  const findings: readonly ServerFinding[] = useMemo(() => {
    if (action.error !== null) return action.error.errors;
    return (order.verification?.checks ?? [])
      .filter((line) => line.result === 'fail')
      .map((line) => ({ path: line.path, message: checkLineText(line, { order, model, money, date }, t) }));
  }, [action.error, order, model, money, date, t]);
  return (
    <>
      <p>
        <Link to={paths.order(order.id)}>{t('form.cancelEdit')}</Link>
      </p>
      <SaveNotices
        error={action.error}
        nothingChanged={nothingChanged}
        staleText={t('form.stale')}
        reloadLabel={t('form.reload')}
        onReload={reload}
      />
      <OrderForm
        models={models}
        initial={initial}
        editing={{ maskedIdNumber: order.customer.idNumber, vehicleLocked: LOCKED_STATUSES.has(order.status) }}
        serverFindings={findings}
        pending={action.pending}
        submitLabel={t('form.resubmit')}
        onSubmit={(form) => {
          const body = patchOrderBody(order, form);
          setNothingChanged(body === null);
          if (body === null) return;
          void action
            .run(() =>
              api.patch<ApiOrder>(`/orders/${encodeURIComponent(order.id)}`, body, {
                'If-Match': String(order.version),
              }),
            )
            .then((saved) => {
              if (saved) navigate(paths.order(saved.id));
            });
        }}
      />
    </>
  );
}
