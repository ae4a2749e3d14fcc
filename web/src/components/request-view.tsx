import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { RequestState } from './use-request.js';

/** The loading, not-available and error states of a read, and its data once it is ready. */
export function RequestView<T>({
  state,
  onRetry,
  children,
}: {
  readonly state: RequestState<T>;
  readonly onRetry?: () => void;
  readonly children: (data: T) => ReactNode;
}) {
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'unavailable':
      return <NotAvailable />;
    case 'error':
      return <ErrorNotice error={state.error} {...(onRetry ? { onRetry } : {})} />;
    case 'ready':
      return <>{children(state.data)}</>;
  }
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('request.loading')}
    </p>
  );
}

/** A feature the server does not offer (yet): said calmly, since nothing is wrong with what the user did. */
export function NotAvailable() {
  const { t } = useI18n();
  return (
    <div className="notice notice-muted" role="status">
      <strong>{t('request.unavailable')}</strong>
      <p>{t('request.unavailableText')}</p>
    </div>
  );
}

/** What went wrong, in the user's language where the cause is known, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { readonly error: ApiError; readonly onRetry?: () => void }) {
  const { t } = useI18n();
  const text = error.network
    ? t('request.network')
    : error.status === 403
      ? t('request.forbidden')
      : t('request.failed', { detail: error.detail });
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('request.retry')}
        </button>
      )}
    </div>
  );
}

/** An action's refusal: its unavailability, or its error without a retry (the user changes something first). */
export function ActionError({ error }: { readonly error: ApiError | null }) {
  if (error === null) return null;
  if (error.routeMissing) return <NotAvailable />;
  return <ErrorNotice error={error} />;
}
