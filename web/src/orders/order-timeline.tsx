import type { ApiOrderEvent } from '../api/api-types.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { eventText } from './event-text.js';

/** The order's history, oldest first; read again whenever the order's version changes. */
export function OrderTimeline({ orderId, version }: { readonly orderId: string; readonly version: number }) {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const events = useRequest(async () => {
    const answer = await api.get<{ items: readonly ApiOrderEvent[] } | readonly ApiOrderEvent[]>(
      `/orders/${encodeURIComponent(orderId)}/events`,
    );
    return Array.isArray(answer)
      ? (answer as readonly ApiOrderEvent[])
      : (answer as { items: readonly ApiOrderEvent[] }).items;
  }, [api, orderId, version]);
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('order.timeline')}</h2>
      <RequestView state={events} onRetry={events.reload}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('order.timelineEmpty')}</p>
          ) : (
            <ol className="timeline">
              {items.map((event) => {
                const text = eventText(event, t);
                return (
                  <li key={event.seq} className={`timeline-event event-${event.type}`}>
                    <time dateTime={event.at}>{dateTime(event.at)}</time>
                    <strong>{text.title}</strong>
                    <span className="muted">{t('event.by', { actor: event.actor })}</span>
                    {text.details.map((detail) => (
                      <span key={detail} className="timeline-detail">
                        {detail}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ol>
          )
        }
      </RequestView>
    </section>
  );
}
