import type { ApiOrder, Page } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { CursorPager, useCursorPages } from '../components/cursor-pager.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link, useRouter } from '../router/router.js';
import { paths } from '../router/routes.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { EMPTY_FILTER, OrderFilters, type OrderFilter } from './order-filters.js';
import { OrderTable } from './order-table.js';

/** Orders on one page of the list; the server pages with a cursor. */
export const ORDER_PAGE_SIZE = 20;

function filterFromQuery(query: URLSearchParams): OrderFilter {
  return {
    q: query.get('q') ?? '',
    status: query.get('status') ?? '',
    model: query.get('model') ?? '',
    dealer: query.get('dealer') ?? '',
  };
}

function queryOf(filter: OrderFilter): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== '') parameters.set(key, value);
  const text = parameters.toString();
  return text === '' ? '' : `?${text}`;
}

/** The orders the user may see, newest first, searchable, filtered and paged; the filter lives in the address. */
export function OrderListPage() {
  const { t } = useI18n();
  const user = useUser();
  const { location, navigate } = useRouter();
  const filter = { ...EMPTY_FILTER, ...filterFromQuery(location.query) };
  const filterKey = queryOf(filter);
  const showDealer = can.readAllOrders(user);
  return (
    <section>
      <div className="page-heading">
        <PageTitle text={t('orders.title')} />
        {can.submitOrders(user) && (
          <Link to={paths.newOrder()} className="button-primary">
            {t('orders.newOrder')}
          </Link>
        )}
      </div>
      <OrderFilters
        key={`filters:${filterKey}`}
        value={filter}
        showDealer={showDealer}
        onApply={(next) => navigate(`${paths.orders()}${queryOf(next)}`, { replace: true })}
      />
      <OrderPages key={`pages:${filterKey}`} filter={filter} showDealer={showDealer} />
    </section>
  );
}

/** The pages of one filter, newest first. */
function OrderPages({ filter, showDealer }: { readonly filter: OrderFilter; readonly showDealer: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const pages = useCursorPages();
  const { cursor } = pages;
  const page = useRequest(
    () => api.get<Page<ApiOrder>>('/orders', { ...filter, limit: ORDER_PAGE_SIZE, cursor }),
    [api, cursor],
  );
  return (
    <RequestView state={page} onRetry={page.reload}>
      {(data) => (
        <>
          {data.items.length === 0 ? (
            <p className="muted">{t('orders.empty')}</p>
          ) : (
            <OrderTable orders={data.items} showDealer={showDealer} />
          )}
          <CursorPager pages={pages} nextCursor={data.nextCursor} />
        </>
      )}
    </RequestView>
  );
}
