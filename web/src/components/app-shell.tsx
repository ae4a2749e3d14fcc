import type { ReactNode } from 'react';
import type { User } from '../api/api-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { LanguageSwitch } from '../i18n/language-switch.js';
import { Link, useRouter } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useSession } from '../session/session-context.js';
import { navItems } from './nav-items.js';

/** The frame of every signed-in page: skip link, header with the sections of the user's role, and the content. */
export function AppShell({ user, children }: { readonly user: User; readonly children: ReactNode }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const { location, navigate } = useRouter();
  const role = t(`role.${user.role}`, { dealer: user.dealerCode ?? '' });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.home()} className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.navigation')} className="app-nav">
          <ul>
            {navItems(user).map((item) => {
              const current = location.path === item.path || location.path.startsWith(`${item.path}/`);
              const exact = item.path === paths.orders() && location.path === paths.newOrder();
              return (
                <li key={item.path}>
                  <Link to={item.path} aria-current={current && !exact ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="app-user">
          <span className="muted">{t('app.signedInAs', { username: user.username, role })}</span>
          <LanguageSwitch />
          <button
            type="button"
            className="button-secondary"
            onClick={() => void signOut().then(() => navigate(paths.signIn(), { replace: true }))}
          >
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main">
        {children}
      </main>
    </>
  );
}
