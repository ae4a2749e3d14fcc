import { useState, type FormEvent } from 'react';
import { fieldErrorsByPath } from '../api/api-error.js';
import type { ApiPart } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { fromLocalInputValue, localDate } from '../order-form/local-time.js';
import { useApi } from '../session/session-context.js';

/** A planner records a part's units available and the next supply date; waiting orders are then verified again. */
export function PartSupplyForm({
  part,
  onSaved,
}: {
  readonly part: ApiPart;
  readonly onSaved: (part: ApiPart) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [available, setAvailable] = useState(String(part.availableUnits));
  const [expected, setExpected] = useState(part.expectedAt ? localDate(new Date(part.expectedAt)) : '');
  const errors = fieldErrorsByPath(action.error?.errors ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      availableUnits: Number(available),
      expectedAt: expected === '' ? null : fromLocalInputValue(`${expected}T00:00`),
    };
    void action
      .run(() => api.put<ApiPart>(`/materials/${encodeURIComponent(part.code)}`, body))
      .then((saved) => saved && onSaved(saved));
  }

  return (
    <form className="supply-form" onSubmit={submit}>
      <Field label={t('materials.availableLabel', { part: part.name })} errors={errors.get('availableUnits') ?? []}>
        {(control) => (
          <input
            {...control}
            type="number"
            min={0}
            step={1}
            value={available}
            onChange={(event) => setAvailable(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('materials.expectedLabel', { part: part.name })} errors={errors.get('expectedAt') ?? []}>
        {(control) => (
          <input {...control} type="date" value={expected} onChange={(event) => setExpected(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button-primary" disabled={action.pending}>
        {t('materials.save')}
      </button>
      <ActionError error={action.error} />
    </form>
  );
}
