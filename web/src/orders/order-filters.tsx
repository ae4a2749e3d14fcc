import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { DealerOptions } from '../components/dealer-options.js';
import { useReferenceData } from '../session/reference-data.js';
import { ORDER_STATUSES } from './order-status-groups.js';

export interface OrderFilter {
  readonly q: string;
  readonly status: string;
  readonly model: string;
  readonly dealer: string;
}

export const EMPTY_FILTER: OrderFilter = { q: '', status: '', model: '', dealer: '' };

/** Search by order number or customer and narrow by status, model and (for the automaker) dealer. */
export function OrderFilters({
  value,
  showDealer,
  onApply,
}: {
  readonly value: OrderFilter;
  readonly showDealer: boolean;
  readonly onApply: (filter: OrderFilter) => void;
}) {
  const { t } = useI18n();
  const { catalog } = useReferenceData();
  const [draft, setDraft] = useState(value);
  const set = (field: keyof OrderFilter) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, q: draft.q.trim() });
  }
  return (
    <form className="filters" role="search" onSubmit={submit}>
      <label>
        <span>{t('orders.search')}</span>
        <input type="search" name="q" value={draft.q} maxLength={100} onChange={set('q')} />
      </label>
      <label>
        <span>{t('orders.status')}</span>
        <select
          name="status"
          value={draft.status}
          onChange={(event) => {
            set('status')(event);
            onApply({ ...draft, status: event.target.value });
          }}
        >
          <option value="">{t('status.any')}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('orders.model')}</span>
        <select
          name="model"
          value={draft.model}
          onChange={(event) => {
            set('model')(event);
            onApply({ ...draft, model: event.target.value });
          }}
        >
          <option value="">{t('orders.anyModel')}</option>
          {catalog.status === 'ready' &&
            catalog.data.models.map((model) => (
              <option key={model.code} value={model.code}>
                {model.name}
              </option>
            ))}
        </select>
      </label>
      {showDealer && (
        <label>
          <span>{t('orders.dealer')}</span>
          <select
            name="dealer"
            value={draft.dealer}
            onChange={(event) => {
              set('dealer')(event);
              onApply({ ...draft, dealer: event.target.value });
            }}
          >
            <DealerOptions />
          </select>
        </label>
      )}
      <button type="submit" className="button-secondary">
        {t('orders.apply')}
      </button>
    </form>
  );
}
