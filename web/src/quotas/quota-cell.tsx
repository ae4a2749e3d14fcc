import { useState } from 'react';
import type { QuotaBucket } from '../api/api-types.js';
import { fieldErrorsByPath } from '../api/api-error.js';
import { FieldErrors } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { usedShare } from './quota-grid.js';

/** Caps above this are typing errors: no region sells ten million cars of a model in a month. */
const MAXIMUM_CAP = 10_000_000;

/** One bucket: used against cap as a bar, and for a planner an in-place editor of the cap. */
export function QuotaCell({
  bucket,
  editable,
  onSaved,
}: {
  readonly bucket: QuotaBucket;
  readonly editable: boolean;
  readonly onSaved: (bucket: QuotaBucket) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [cap, setCap] = useState(String(bucket.cap));
  const action = useAction();
  const label = t('quotas.editLabel', { region: bucket.region, month: bucket.month, model: bucket.model });
  const share = usedShare(bucket);
  const capErrors = fieldErrorsByPath(action.error?.errors ?? []).get('cap') ?? [];
  if (editing) {
    return (
      <form
        className="quota-edit"
        onSubmit={(event) => {
          event.preventDefault();
          const value = Number(cap);
          void action
            .run(() =>
              api.put<QuotaBucket>('/quotas', {
                region: bucket.region,
                month: bucket.month,
                model: bucket.model,
                cap: value,
              }),
            )
            .then((saved) => {
              if (!saved) return;
              onSaved(saved);
              setEditing(false);
            });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setEditing(false);
        }}
      >
        <label>
          <span className="visually-hidden">{label}</span>
          <input
            type="number"
            min={bucket.used}
            max={MAXIMUM_CAP}
            step={1}
            value={cap}
            autoFocus
            aria-invalid={capErrors.length > 0}
            onChange={(event) => setCap(event.target.value)}
          />
        </label>
        <button type="submit" className="button-primary" disabled={action.pending}>
          {t('quotas.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
          {t('quotas.cancel')}
        </button>
        <FieldErrors errors={capErrors.length > 0 && action.error ? [action.error.detail, ...capErrors] : []} />
        {capErrors.length === 0 && <ActionError error={action.error} />}
      </form>
    );
  }
  return (
    <div className="quota-cell">
      <span className="quota-figures" data-testid={`quota-${bucket.region}-${bucket.model}`}>
        {t('quotas.usedOfCap', { used: bucket.used, cap: bucket.cap })}
      </span>
      <meter min={0} max={1} low={0.7} high={0.9} optimum={0} value={share} aria-label={label} />
      {editable && (
        <button
          type="button"
          className="button-link"
          aria-label={`${t('quotas.edit')}: ${label}`}
          onClick={() => {
            setCap(String(bucket.cap));
            action.clear();
            setEditing(true);
          }}
        >
          {t('quotas.edit')}
        </button>
      )}
    </div>
  );
}
