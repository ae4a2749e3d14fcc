import type { ApiNotification } from '../api/api-types.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';

/** The text messages sent to the customer about this order and whether each arrived (phone masked by the server). */
export function NotificationsPanel({ orderId, refreshes }: { readonly orderId: string; readonly refreshes: number }) {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const notifications = useRequest(async () => {
    const answer = await api.get<{ items: readonly ApiNotification[] } | readonly ApiNotification[]>(
      `/orders/${encodeURIComponent(orderId)}/notifications`,
    );
    return Array.isArray(answer)
      ? (answer as readonly ApiNotification[])
      : (answer as { items: readonly ApiNotification[] }).items;
  }, [api, orderId, refreshes]);
  return (
    <section className="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('order.notifications')}</h2>
      <RequestView state={notifications} onRetry={notifications.reload}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('order.notificationsEmpty')}</p>
          ) : (
            <ul className="plain-list">
              {items.map((item, index) => (
                <li key={`${item.template}-${index}`} className={`notification notification-${item.status}`}>
                  {t('order.notificationLine', {
                    template: item.template,
                    to: item.to,
                    status: item.status,
                    attempts: item.attempts,
                  })}
                  {item.sentAt && <span className="muted"> · {dateTime(item.sentAt)}</span>}
                </li>
              ))}
            </ul>
          )
        }
      </RequestView>
    </section>
  );
}
