import { useState } from 'react';
import type { ApiOrder } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { fieldErrorsByPath } from '../api/api-error.js';
import { useI18n } from '../i18n/i18n-context.js';
import { can, isDealer } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { CANCELLABLE_STATUSES, LOCKED_STATUSES } from './order-status-groups.js';

/** Cancelling with a reason: a dealer before verification, the automaker until the car ships. */
export function CancelOrderPanel({
  order,
  onCancelled,
}: {
  readonly order: ApiOrder;
  readonly onCancelled: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  if (!CANCELLABLE_STATUSES.has(order.status)) return null;
  const locked = LOCKED_STATUSES.has(order.status);
  if (!can.cancel(user, locked)) {
    return isDealer(user) ? <p className="muted card">{t('order.cancelLocked')}</p> : null;
  }
  const errors = fieldErrorsByPath(action.error?.errors ?? []).get('reason') ?? [];
  return (
    <section className="card" aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t('order.cancel')}</h2>
      {!open ? (
        <button type="button" className="button-danger" onClick={() => setOpen(true)}>
          {t('order.cancel')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void action
              .run(() =>
                api.post<ApiOrder>(`/orders/${encodeURIComponent(order.id)}/cancel`, { reason: reason.trim() }),
              )
              .then((cancelled) => {
                if (cancelled) onCancelled();
              });
          }}
        >
          <Field label={t('order.cancelReason')} errors={errors}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={500}
                value={reason}
                required
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button-danger" disabled={action.pending || reason.trim() === ''}>
            {t('order.cancelConfirm')}
          </button>
          {errors.length === 0 && <ActionError error={action.error} />}
        </form>
      )}
    </section>
  );
}
