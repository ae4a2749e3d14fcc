import { useCallback, useState } from 'react';
import type { ApiOrder } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { StatusBadge } from '../components/status-badge.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { CancelOrderPanel } from './cancel-order-panel.js';
import { NotificationsPanel } from './notifications-panel.js';
import { OrderDetails } from './order-details.js';
import { OrderNotFound } from './order-not-found.js';
import { EDITABLE_STATUSES } from './order-status-groups.js';
import { OrderTimeline } from './order-timeline.js';
import { QrCodePanel } from './qr-code-panel.js';
import { ReallocationPanel } from './reallocation-panel.js';
import { VerdictPanel } from './verdict-panel.js';

/** One order: its verdict, what to do next, its data, its QR code and its history. */
export function OrderPage({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [refreshes, setRefreshes] = useState(0);
  const order = useRequest(() => api.get<ApiOrder>(`/orders/${encodeURIComponent(id)}`), [api, id]);
  const { reload } = order;
  const changed = useCallback(() => {
    reload();
    setRefreshes((count) => count + 1);
  }, [reload]);
  if (order.status === 'error' && order.error.notFound) return <OrderNotFound id={id} />;
  return (
    <section>
      {order.status !== 'ready' && <PageTitle text={t('order.title', { orderNo: id })} />}
      <RequestView state={order} onRetry={order.reload}>
        {(loaded) => <OrderView order={loaded} onChanged={changed} refreshes={refreshes} />}
      </RequestView>
    </section>
  );
}

function OrderView({
  order,
  onChanged,
  refreshes,
}: {
  readonly order: ApiOrder;
  readonly onChanged: () => void;
  readonly refreshes: number;
}) {
  const { t } = useI18n();
  const user = useUser();
  const editable = can.editOrders(user) && EDITABLE_STATUSES.has(order.status);
  return (
    <>
      <div className="page-heading">
        <PageTitle text={t('order.title', { orderNo: order.orderNo })}>
          {t('order.title', { orderNo: order.orderNo })} <StatusBadge status={order.status} />
        </PageTitle>
        {editable && (
          <Link to={paths.editOrder(order.id)} className="button-primary">
            {t('order.fix')}
          </Link>
        )}
      </div>
      <div className="order-layout">
        <div className="order-main">
          <VerdictPanel order={order} />
          <ReallocationPanel order={order} onReallocated={onChanged} />
          <OrderDetails order={order} />
          <OrderTimeline orderId={order.id} version={order.version} />
        </div>
        <div className="order-side">
          <QrCodePanel order={order} />
          <NotificationsPanel orderId={order.id} refreshes={refreshes} />
          <CancelOrderPanel order={order} onCancelled={onChanged} />
        </div>
      </div>
    </>
  );
}
