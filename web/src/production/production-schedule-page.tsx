import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.js';
import type { ApiOrder, Page } from '../api/api-types.js';
import type { ApiClient } from '../api/api-client.js';
import { DateRangeFields } from '../components/date-range-fields.js';
import { PageTitle } from '../components/page-title.js';
import { ActionError, RequestView } from '../components/request-view.js';
import { useAction, useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { localDate } from '../order-form/local-time.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { scheduleDays, scheduleRowsFromAnswer, scheduleRowsFromOrders, type ScheduleRow } from './schedule-rows.js';

/** Days shown at first: the coming two weeks. */
const DEFAULT_DAYS = 14;
/** Scheduled orders read when the schedule is taken from the orders themselves. */
const SCHEDULED_ORDERS_LIMIT = 200;
const DAY_MS = 86_400_000;

interface ScheduleQuery {
  readonly plant: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The schedule from `GET /production/schedule`; a server without that route still has the slots on its orders,
 * so the page reads them there.
 */
async function loadSchedule(api: ApiClient, query: ScheduleQuery): Promise<ScheduleRow[]> {
  try {
    return scheduleRowsFromAnswer(await api.get('/production/schedule', { ...query }));
  } catch (error) {
    if (!(error instanceof ApiError && error.routeMissing)) throw error;
    const pages = await Promise.all(
      (['scheduled', 'in_production'] as const).map((status) =>
        api.get<Page<ApiOrder>>('/orders', { status, limit: SCHEDULED_ORDERS_LIMIT }),
      ),
    );
    return scheduleRowsFromOrders(
      pages.flatMap((page) => page.items),
      query,
    );
  }
}

/** The production sequence by plant and day, and for a planner the button that schedules verified orders now. */
export function ProductionSchedulePage() {
  const { t } = useI18n();
  const api = useApi();
  const user = useUser();
  const catalog = useCatalogIfLoaded();
  const plants = [...new Set(catalog?.models.map((model) => model.plant) ?? [])].sort();
  const today = new Date();
  const [query, setQuery] = useState<ScheduleQuery>({
    plant: '',
    from: localDate(today),
    to: localDate(new Date(today.getTime() + DEFAULT_DAYS * DAY_MS)),
  });
  const [draft, setDraft] = useState(query);
  const schedule = useRequest(() => loadSchedule(api, query), [api, query]);
  const run = useAction();
  const [ran, setRan] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery(draft);
  }

  return (
    <section>
      <PageTitle text={t('production.title')} />
      <form className="filters" onSubmit={submit}>
        <label>
          <span>{t('production.plant')}</span>
          <select value={draft.plant} onChange={(event) => setDraft({ ...draft, plant: event.target.value })}>
            <option value="">{t('production.allPlants')}</option>
            {plants.map((plant) => (
              <option key={plant} value={plant}>
                {plant}
              </option>
            ))}
          </select>
        </label>
        <DateRangeFields
          value={draft}
          onChange={(range) => setDraft({ ...draft, ...range })}
          fromLabel={t('production.from')}
          toLabel={t('production.to')}
        />
        <button type="submit" className="button-secondary">
          {t('production.show')}
        </button>
      </form>
      {can.allocate(user) && (
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={run.pending}
            onClick={() =>
              void run
                .run(() => api.post('/production/schedule'))
                .then((answer) => {
                  setRan(answer !== undefined);
                  if (answer !== undefined) schedule.reload();
                })
            }
          >
            {t('production.run')}
          </button>
          {ran && (
            <span className="notice notice-success" role="status">
              {t('production.ran')}
            </span>
          )}
        </div>
      )}
      <ActionError error={run.error} />
      <RequestView state={schedule} onRetry={schedule.reload}>
        {(rows) => <ScheduleDays rows={rows} />}
      </RequestView>
    </section>
  );
}

function ScheduleDays({ rows }: { readonly rows: readonly ScheduleRow[] }) {
  const { t } = useI18n();
  const days = scheduleDays(rows);
  if (days.length === 0) return <p className="muted">{t('production.empty')}</p>;
  return (
    <div className="schedule-days">
      {days.map((day) => (
        <section key={`${day.plant}-${day.date}`} className="card" aria-label={`${day.plant} ${day.date}`}>
          <h2>
            {day.plant} · {t('production.day', { date: day.date, count: day.rows.length })}
          </h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('production.sequence')}</th>
                <th scope="col">{t('orders.number')}</th>
                <th scope="col">{t('orders.model')}</th>
                <th scope="col">{t('order.vin')}</th>
              </tr>
            </thead>
            <tbody>
              {day.rows.map((row) => (
                <tr key={`${row.sequence}-${row.orderNo}`}>
                  <td>{row.sequence}</td>
                  <td>
                    {row.orderId ? (
                      <Link to={paths.order(row.orderId)}>{row.orderNo ?? row.orderId}</Link>
                    ) : (
                      row.orderNo
                    )}
                  </td>
                  <td>{row.model}</td>
                  <td>{row.vin ?? t('order.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
