import type { ApiOrder, QuotaSuggestion } from '../api/api-types.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';

/** The buckets with room that a quota rejection suggests, with the delay each implies. */
export function quotaSuggestions(order: ApiOrder): readonly QuotaSuggestion[] | null {
  if (order.status !== 'rejected') return null;
  const line = order.verification?.checks.find((check) => check.check === 'quota' && check.result === 'fail');
  if (line === undefined) return null;
  return line.details?.suggestions ?? [];
}

/** A rejected-for-quota order: where there is room, and for a planner a button to move the order there. */
export function ReallocationPanel({
  order,
  onReallocated,
}: {
  readonly order: ApiOrder;
  readonly onReallocated: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const user = useUser();
  const action = useAction();
  const suggestions = quotaSuggestions(order);
  if (suggestions === null) return null;
  const planner = can.allocate(user);
  return (
    <section className="card" aria-labelledby="realloc-heading">
      <h2 id="realloc-heading">{t('realloc.title')}</h2>
      {suggestions.length === 0 ? (
        <p>{t('realloc.none')}</p>
      ) : (
        <>
          <p>{t('realloc.intro')}</p>
          <ul className="plain-list suggestions">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.region}-${suggestion.month}`}>
                <span>
                  {t('realloc.row', {
                    region: suggestion.region,
                    month: suggestion.month,
                    available: suggestion.available,
                    delay:
                      suggestion.delayDays > 0
                        ? t('realloc.delay', { days: suggestion.delayDays })
                        : t('realloc.noDelay'),
                  })}
                </span>
                {planner && (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={action.pending}
                    onClick={() =>
                      void action
                        .run(() =>
                          api.post<ApiOrder>(`/orders/${encodeURIComponent(order.id)}/reallocate`, {
                            month: suggestion.month,
                            region: suggestion.region,
                          }),
                        )
                        .then((moved) => moved && onReallocated())
                    }
                  >
                    {t('realloc.move', { region: suggestion.region, month: suggestion.month })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {!planner && <p className="muted">{t('realloc.askPlanner')}</p>}
          <ActionError error={action.error} />
        </>
      )}
    </section>
  );
}
