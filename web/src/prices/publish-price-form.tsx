import { useState, type FormEvent } from 'react';
import type { FieldError } from '../api/api-error.js';
import type { ApiCatalog, ApiPriceVersion } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { fromLocalInputValue, toLocalInputValue } from '../order-form/local-time.js';
import { useApi } from '../session/session-context.js';
import { priceItems, targetsOf, type PriceDraftLine } from './price-draft.js';

/** A price list names at most this many prices from this form; bigger lists come from the API. */
const MAXIMUM_LINES = 50;

/** Which column of a line a path names: `items.3.option` is the trim-or-option column of line 3. */
function columnOf(path: string): { readonly line: number; readonly column: 'model' | 'target' | 'amount' } | null {
  const match = /^(?:body\.)?items\.(\d+)(?:\.(\w+))?/.exec(path);
  if (match === null) return null;
  const field = match[2] ?? '';
  const column = field === 'model' ? 'model' : field === 'priceCents' ? 'amount' : 'target';
  return { line: Number(match[1]), column };
}

/** An administrator publishes a new price-list version: when it takes effect and the prices it changes. */
export function PublishPriceForm({
  catalog,
  onPublished,
}: {
  readonly catalog: ApiCatalog;
  readonly onPublished: (version: ApiPriceVersion) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const firstModel = catalog.models[0]?.code ?? '';
  const blankLine = (): PriceDraftLine => ({
    model: firstModel,
    target: targetsOf(catalog, firstModel)[0]?.value ?? '',
    amountYuan: '',
  });
  const [effectiveAt, setEffectiveAt] = useState(() => toLocalInputValue(new Date().toISOString()));
  const [lines, setLines] = useState<readonly PriceDraftLine[]>(() => [blankLine()]);
  const [submitted, setSubmitted] = useState(false);
  const [published, setPublished] = useState('');
  const draft = priceItems(lines);
  const serverErrors: readonly FieldError[] = action.error?.errors ?? [];

  const errorsAt = (line: number, column: 'model' | 'target' | 'amount') => [
    ...(submitted ? draft.problems : [])
      .filter((problem) => {
        const at = columnOf(problem.path);
        return at?.line === line && at.column === column;
      })
      .map((problem) => t(problem.key)),
    ...serverErrors
      .filter((error) => {
        const at = columnOf(error.path ?? '');
        return at?.line === line && at.column === column;
      })
      .map((error) => error.message),
  ];

  function change(index: number, patch: Partial<PriceDraftLine>) {
    setLines((current) => current.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setPublished('');
    const at = fromLocalInputValue(effectiveAt);
    if (draft.problems.length > 0 || at === null) return;
    void action
      .run(() => api.post<ApiPriceVersion>('/prices', { effectiveAt: at, items: draft.items }))
      .then((version) => {
        if (!version) return;
        setPublished(t('prices.published', { version: version.version }));
        setLines([blankLine()]);
        setSubmitted(false);
        onPublished(version);
      });
  }

  return (
    <form className="card publish-form" onSubmit={submit} noValidate>
      <h2>{t('prices.publish')}</h2>
      <Field
        label={t('prices.effectiveAt')}
        errors={[
          ...(submitted && fromLocalInputValue(effectiveAt) === null ? [t('problem.paid_at_invalid')] : []),
          ...serverErrors.filter((error) => error.path === 'effectiveAt').map((error) => error.message),
        ]}
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={effectiveAt}
            onChange={(event) => setEffectiveAt(event.target.value)}
          />
        )}
      </Field>
      {lines.map((line, index) => (
        <fieldset key={index} className="price-line">
          <legend>{t('prices.item', { n: index + 1 })}</legend>
          <Field label={t('prices.model')} errors={errorsAt(index, 'model')}>
            {(control) => (
              <select
                {...control}
                value={line.model}
                onChange={(event) =>
                  change(index, {
                    model: event.target.value,
                    target: targetsOf(catalog, event.target.value)[0]?.value ?? '',
                  })
                }
              >
                {catalog.models.map((model) => (
                  <option key={model.code} value={model.code}>
                    {model.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('prices.target')} errors={errorsAt(index, 'target')}>
            {(control) => (
              <select
                {...control}
                value={line.target}
                onChange={(event) => change(index, { target: event.target.value })}
              >
                {targetsOf(catalog, line.model).map((target) => (
                  <option key={target.value} value={target.value}>
                    {target.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('prices.amount')} errors={errorsAt(index, 'amount')}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                maxLength={20}
                value={line.amountYuan}
                onChange={(event) => change(index, { amountYuan: event.target.value })}
              />
            )}
          </Field>
          {lines.length > 1 && (
            <button
              type="button"
              className="button-link"
              onClick={() => setLines((current) => current.filter((_, at) => at !== index))}
            >
              {t('prices.removeItem', { n: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={lines.length >= MAXIMUM_LINES}
          onClick={() => setLines((current) => [...current, blankLine()])}
        >
          {t('prices.addItem')}
        </button>
        <button type="submit" className="button-primary" disabled={action.pending}>
          {t('prices.publishButton')}
        </button>
      </div>
      {published && (
        <p className="notice notice-success" role="status">
          {published}
        </p>
      )}
      <ActionError error={action.error} />
    </form>
  );
}
