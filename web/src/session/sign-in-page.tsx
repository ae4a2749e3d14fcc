import { useState, type FormEvent } from 'react';
import { Field } from '../components/field.js';
import { PageTitle } from '../components/page-title.js';
import { ErrorNotice } from '../components/request-view.js';
import { asApiError } from '../components/use-request.js';
import type { ApiError } from '../api/api-error.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LanguageSwitch } from '../i18n/language-switch.js';
import { useSession } from './session-context.js';

/** Sign in with a user name and password; the app opens where the user was going. */
export function SignInPage({ onSignedIn }: { readonly onSignedIn: () => void }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
      onSignedIn();
    } catch (caught) {
      setError(asApiError(caught));
      setPending(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <form className="card sign-in-card" onSubmit={(event) => void submit(event)} noValidate>
        <PageTitle text={t('signIn.title')} />
        <p className="muted">{t('signIn.intro')}</p>
        <Field label={t('signIn.username')}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
            />
          )}
        </Field>
        <Field label={t('signIn.password')}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          )}
        </Field>
        {error !== null &&
          (error.status === 401 || error.status === 400 ? (
            <p className="notice notice-error" role="alert">
              {t('signIn.failed')}
            </p>
          ) : (
            <ErrorNotice error={error} />
          ))}
        <button type="submit" className="button-primary" disabled={pending}>
          {pending ? t('signIn.pending') : t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
