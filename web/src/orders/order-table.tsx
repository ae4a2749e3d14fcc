import type { ApiOrder } from '../api/api-types.js';
import { StatusBadge } from '../components/status-badge.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';

/** Orders as rows: number (a link to the order), status, customer, vehicle, price, when submitted. */
export function OrderTable({
  orders,
  showDealer,
}: {
  readonly orders: readonly ApiOrder[];
  readonly showDealer: boolean;
}) {
  const { t, money, dateTime } = useI18n();
  const catalog = useCatalogIfLoaded();
  const modelName = (code: string) => catalog?.models.find((model) => model.code === code)?.name ?? code;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('orders.number')}</th>
            <th scope="col">{t('orders.status')}</th>
            {showDealer && <th scope="col">{t('orders.dealer')}</th>}
            <th scope="col">{t('orders.customer')}</th>
            <th scope="col">{t('orders.vehicle')}</th>
            <th scope="col" className="numeric">
              {t('orders.price')}
            </th>
            <th scope="col">{t('orders.created')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <Link to={paths.order(order.id)}>{order.orderNo}</Link>
              </th>
              <td>
                <StatusBadge status={order.status} />
                {order.sla?.breached && <span className="badge badge-warning">{t('orders.slaBreached')}</span>}
              </td>
              {showDealer && <td>{order.dealerCode}</td>}
              <td>{order.customer.name}</td>
              <td>
                {modelName(order.vehicle.model)} {order.vehicle.trim}
              </td>
              <td className="numeric">{money(order.priceCents)}</td>
              <td>{dateTime(order.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
