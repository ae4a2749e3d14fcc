import { useState } from 'react';
import type { ApiOrder, ApiPart, Page } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { PartSupplyForm } from './part-supply-form.js';
import { waitingOrdersByPart } from './waiting-orders.js';

/** The most postponed orders read to show who waits for which part; the oldest are the ones supply serves first. */
const WAITING_ORDERS_LIMIT = 200;

/** Parts: units available and reserved, the next supply, the orders waiting; a planner records new supply. */
export function MaterialsPage() {
  const { t } = useI18n();
  const api = useApi();
  const [saves, setSaves] = useState(0);
  const parts = useRequest(
    async () => (await api.get<{ items: readonly ApiPart[] }>('/materials')).items,
    [api, saves],
  );
  const waiting = useRequest(
    async () =>
      waitingOrdersByPart(
        (await api.get<Page<ApiOrder>>('/orders', { status: 'postponed', limit: WAITING_ORDERS_LIMIT })).items,
      ),
    [api, saves],
  );
  const [saved, setSaved] = useState('');
  return (
    <section>
      <PageTitle text={t('materials.title')} />
      {saved && (
        <p className="notice notice-success" role="status">
          {saved}
        </p>
      )}
      <RequestView state={parts} onRetry={parts.reload}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('materials.empty')}</p>
          ) : (
            <div className="part-list">
              {items.map((part) => (
                <PartCard
                  key={`${part.code}-${part.availableUnits}-${part.expectedAt}`}
                  part={part}
                  waiting={waiting.status === 'ready' ? (waiting.data.get(part.code) ?? []) : null}
                  onSaved={(savedPart) => {
                    setSaved(t('materials.saved', { part: savedPart.name }));
                    setSaves((count) => count + 1);
                  }}
                />
              ))}
            </div>
          )
        }
      </RequestView>
    </section>
  );
}

function PartCard({
  part,
  waiting,
  onSaved,
}: {
  readonly part: ApiPart;
  readonly waiting: readonly ApiOrder[] | null;
  readonly onSaved: (part: ApiPart) => void;
}) {
  const { t, date } = useI18n();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  return (
    <article className="card part-card" aria-labelledby={`part-${part.code}`}>
      <h2 id={`part-${part.code}`}>
        {part.name} <small className="muted">{part.code}</small>
      </h2>
      <dl className="details details-inline">
        <div>
          <dt>{t('materials.available')}</dt>
          <dd data-testid={`available-${part.code}`}>{part.availableUnits}</dd>
        </div>
        <div>
          <dt>{t('materials.reserved')}</dt>
          <dd>{part.reservedUnits}</dd>
        </div>
        <div>
          <dt>{t('materials.expected')}</dt>
          <dd>{part.expectedAt ? date(part.expectedAt) : t('order.none')}</dd>
        </div>
        <div>
          <dt>{t('materials.waiting')}</dt>
          <dd>
            {waiting === null
              ? '…'
              : waiting.length === 0
                ? t('materials.noneWaiting')
                : waiting.map((order, index) => (
                    <span key={order.id}>
                      {index > 0 && ', '}
                      <Link to={paths.order(order.id)}>{order.orderNo}</Link>
                    </span>
                  ))}
          </dd>
        </div>
      </dl>
      {can.allocate(user) &&
        (editing ? (
          <PartSupplyForm part={part} onSaved={onSaved} />
        ) : (
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {t('materials.editSupply')}
          </button>
        ))}
    </article>
  );
}
