import { useState, type FormEvent } from 'react';
import { fieldErrorsByPath } from '../api/api-error.js';
import type { QuotaBucket } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';

/** The answer of a transfer: the two buckets as they are now, when the server sends them. */
interface TransferAnswer {
  readonly from?: QuotaBucket;
  readonly to?: QuotaBucket;
  readonly items?: readonly QuotaBucket[];
}

/** A planner moves unused quota of a model and month from one region to another. */
export function QuotaTransferForm({
  month,
  regions,
  models,
  onMoved,
}: {
  readonly month: string;
  readonly regions: readonly string[];
  readonly models: readonly string[];
  readonly onMoved: (changed: readonly QuotaBucket[]) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [model, setModel] = useState(models[0] ?? '');
  const [fromRegion, setFromRegion] = useState(regions[0] ?? '');
  const [toRegion, setToRegion] = useState(regions[1] ?? '');
  const [units, setUnits] = useState('1');
  const [done, setDone] = useState('');
  const errors = fieldErrorsByPath(action.error?.errors ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const body = { month, model, fromRegion, toRegion, units: Number(units) };
    void action
      .run(() => api.post<TransferAnswer>('/quotas/transfers', body))
      .then((answer) => {
        if (answer === undefined) return;
        const changed = [...(answer?.items ?? []), answer?.from, answer?.to].filter(
          (bucket): bucket is QuotaBucket => bucket !== undefined,
        );
        onMoved(changed);
        setDone(t('quotas.moved', { units: body.units, model, from: fromRegion, to: toRegion }));
      });
  }

  const select = (value: string, set: (value: string) => void, options: readonly string[]) => (control: object) => (
    <select {...control} value={value} onChange={(event) => set(event.target.value)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );

  return (
    <form className="card transfer-form" onSubmit={submit}>
      <h2>{t('quotas.transfer')}</h2>
      <p className="muted">
        {t('quotas.month')}: {month}
      </p>
      <div className="field-row">
        <Field label={t('orders.model')} errors={errors.get('model') ?? []}>
          {select(model, setModel, models)}
        </Field>
        <Field label={t('quotas.from')} errors={errors.get('fromRegion') ?? []}>
          {select(fromRegion, setFromRegion, regions)}
        </Field>
        <Field label={t('quotas.to')} errors={errors.get('toRegion') ?? []}>
          {select(toRegion, setToRegion, regions)}
        </Field>
        <Field label={t('quotas.units')} errors={errors.get('units') ?? []}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              step={1}
              value={units}
              onChange={(event) => setUnits(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button-primary" disabled={action.pending}>
        {t('quotas.moveButton')}
      </button>
      {done && (
        <p className="notice notice-success" role="status">
          {done}
        </p>
      )}
      <ActionError error={action.error} />
    </form>
  );
}
