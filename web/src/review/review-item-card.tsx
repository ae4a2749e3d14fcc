import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import type { ApiOrder } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { checkLineText } from '../orders/check-line-text.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';
import { useApi } from '../session/session-context.js';
import type { ReviewItem } from './review-items.js';

export type Decision = 'approve' | 'reject';

/** What the queue's keyboard shortcuts do to a card. */
export interface ReviewItemHandle {
  focus(): void;
  decide(decision: Decision): void;
}

export interface ReviewItemCardProps {
  readonly item: ReviewItem;
  readonly current: boolean;
  readonly onFocus: () => void;
  readonly onDecided: (order: ApiOrder) => void;
}

/** One order of the queue: what it is, why it is here, and the decision with its reason. */
export const ReviewItemCard = forwardRef<ReviewItemHandle, ReviewItemCardProps>(function ReviewItemCard(
  { item, current, onFocus, onDecided },
  ref,
) {
  const { t, money, dateTime, date } = useI18n();
  const api = useApi();
  const catalog = useCatalogIfLoaded();
  const { order } = item;
  const model = catalog?.models.find((candidate) => candidate.code === order.vehicle.model);
  const [reason, setReason] = useState('');
  const [needsReason, setNeedsReason] = useState(false);
  const action = useAction();
  const card = useRef<HTMLElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);

  function decide(decision: Decision) {
    if (action.pending) return;
    if (decision === 'reject' && reason.trim() === '') {
      setNeedsReason(true);
      reasonInput.current?.focus();
      return;
    }
    const text = reason.trim() || t('review.defaultApproveReason');
    void action
      .run(() => api.post<ApiOrder>(`/orders/${encodeURIComponent(order.id)}/review`, { decision, reason: text }))
      .then((decided) => decided && onDecided(decided));
  }

  useImperativeHandle(ref, () => ({ focus: () => card.current?.focus(), decide }));

  return (
    <article
      ref={card}
      tabIndex={-1}
      className={`card review-item ${current ? 'review-item-current' : ''}`}
      aria-labelledby={`review-${order.id}`}
      onFocus={onFocus}
    >
      <header className="review-item-header">
        <h2 id={`review-${order.id}`}>
          <Link to={paths.order(order.id)}>{order.orderNo}</Link>
        </h2>
        <span className="muted">
          {order.dealerCode} · {model?.name ?? order.vehicle.model} {order.vehicle.trim} · {money(order.priceCents)} ·{' '}
          {t('review.waiting', { at: dateTime(order.createdAt) })}
        </span>
      </header>
      <h3>{t('review.reasons')}</h3>
      <ul className="plain-list review-reasons">
        {item.reasons.map((reason, index) => (
          <li key={index}>
            {'text' in reason ? reason.text : checkLineText(reason.line, { order, model, money, date }, t)}
          </li>
        ))}
      </ul>
      <Field
        label={t('review.reason')}
        errors={needsReason && reason.trim() === '' ? [t('review.rejectNeedsReason')] : []}
      >
        {(control) => (
          <input
            {...control}
            ref={reasonInput}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" className="button-primary" disabled={action.pending} onClick={() => decide('approve')}>
          {t('review.approve')}
        </button>
        <button type="button" className="button-danger" disabled={action.pending} onClick={() => decide('reject')}>
          {t('review.reject')}
        </button>
      </div>
      <ActionError error={action.error} />
    </article>
  );
});
