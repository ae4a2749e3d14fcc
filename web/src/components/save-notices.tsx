import type { ApiError } from '../api/api-error.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ErrorNotice } from './request-view.js';

/** HTTP 412: someone changed the record since it was read. */
const PRECONDITION_FAILED = 412;

export interface SaveNoticesProps {
  readonly error: ApiError | null;
  /** The edit changed nothing, so nothing was sent. */
  readonly nothingChanged: boolean;
  /** What to say when someone else changed the record first, and the button that reads it again. */
  readonly staleText: string;
  readonly reloadLabel: string;
  readonly onReload: () => void;
}

/**
 * What became of saving an edit, above its form: someone else changed the record first (read it again), a refusal
 * that names no field (the form shows those at their fields), or an edit that changed nothing.
 */
export function SaveNotices({ error, nothingChanged, staleText, reloadLabel, onReload }: SaveNoticesProps) {
  const { t } = useI18n();
  return (
    <>
      {error?.status === PRECONDITION_FAILED ? (
        <div className="notice notice-error" role="alert">
          <p>{staleText}</p>
          <button type="button" className="button-secondary" onClick={onReload}>
            {reloadLabel}
          </button>
        </div>
      ) : (
        error !== null && error.errors.length === 0 && <ErrorNotice error={error} />
      )}
      {nothingChanged && (
        <p className="notice notice-muted" role="status">
          {t('form.nothingChanged')}
        </p>
      )}
    </>
  );
}
