import { useEffect } from 'react';
import { AppShell } from './components/app-shell.js';
import { homePath } from './components/nav-items.js';
import { PageTitle } from './components/page-title.js';
import { I18nProvider, useI18n } from './i18n/i18n-context.js';
import { MaterialsPage } from './materials/materials-page.js';
import { EditOrderPage } from './orders/edit-order-page.js';
import { NewOrderPage } from './orders/new-order-page.js';
import { OrderListPage } from './orders/order-list-page.js';
import { OrderPage } from './orders/order-page.js';
import { PriceListsPage } from './prices/price-lists-page.js';
import { ProductionSchedulePage } from './production/production-schedule-page.js';
import { ReportPage } from './reports/report-page.js';
import { ReviewQueuePage } from './review/review-queue-page.js';
import { QuotaBoardPage } from './quotas/quota-board-page.js';
import { DemoCarsPage } from './demo-cars/demo-cars-page.js';
import { FunnelReportPage } from './funnel/funnel-report-page.js';
import { LeadListPage } from './leads/lead-list-page.js';
import { LeadOrderPage } from './leads/lead-order-page.js';
import { LeadPage } from './leads/lead-page.js';
import { NewLeadPage } from './leads/new-lead-page.js';
import { Link, RouterProvider, useRouter } from './router/router.js';
import { matchRoute, paths, type Route } from './router/routes.js';
import { ReferenceDataProvider } from './session/reference-data.js';
import { can } from './session/roles.js';
import { SessionProvider, useSession } from './session/session-context.js';
import { SignInPage } from './session/sign-in-page.js';
import type { User } from './api/api-types.js';

/** The whole app: language, address and session, then the page the address names. */
export function App() {
  return (
    <I18nProvider>
      <RouterProvider>
        <SessionProvider>
          <Pages />
        </SessionProvider>
      </RouterProvider>
    </I18nProvider>
  );
}

/** Where to return after signing in: the page asked for, unless it was the sign-in page itself. */
const RETURN_PARAMETER = 'next';

function Pages() {
  const { user } = useSession();
  const { location, navigate } = useRouter();
  const route = matchRoute(location.path);
  const signedOut = user === null;
  useEffect(() => {
    if (signedOut && route.page !== 'signIn') {
      const next = `${location.path}${location.query.size > 0 ? `?${location.query.toString()}` : ''}`;
      navigate(`${paths.signIn()}?${RETURN_PARAMETER}=${encodeURIComponent(next)}`, { replace: true });
    }
  }, [signedOut, route.page, location, navigate]);
  if (user === null) {
    if (route.page !== 'signIn') return null;
    return (
      <SignInPage
        onSignedIn={() => {
          const next = location.query.get(RETURN_PARAMETER);
          navigate(next !== null && next.startsWith('/') && !next.startsWith('//') ? next : paths.home(), {
            replace: true,
          });
        }}
      />
    );
  }
  return (
    <ReferenceDataProvider>
      <AppShell user={user}>
        <SignedInPage route={route} user={user} />
      </AppShell>
    </ReferenceDataProvider>
  );
}

function SignedInPage({ route, user }: { readonly route: Route; readonly user: User }) {
  switch (route.page) {
    case 'home':
    case 'signIn':
      return <Redirect to={homePath(user)} />;
    case 'orders':
      return <OrderListPage />;
    case 'newOrder':
      return can.submitOrders(user) ? <NewOrderPage /> : <ForbiddenPage />;
    case 'order':
      return <OrderPage id={route.id} />;
    case 'editOrder':
      return can.editOrders(user) ? <EditOrderPage id={route.id} /> : <ForbiddenPage />;
    case 'reviews':
      return <ReviewQueuePage />;
    case 'quotas':
      return <QuotaBoardPage />;
    case 'materials':
      return <MaterialsPage />;
    case 'prices':
      return <PriceListsPage />;
    case 'production':
      return <ProductionSchedulePage />;
    case 'reports':
      return <ReportPage />;
    case 'leads':
      return can.workLeads(user) ? <LeadListPage /> : <ForbiddenPage />;
    case 'newLead':
      return can.workLeads(user) ? <NewLeadPage /> : <ForbiddenPage />;
    case 'lead':
      return <LeadPage id={route.id} />;
    case 'leadOrder':
      return can.workLeads(user) ? <LeadOrderPage id={route.id} /> : <ForbiddenPage />;
    case 'demoCars':
      return can.manageDemoCars(user) ? <DemoCarsPage /> : <ForbiddenPage />;
    case 'funnel':
      return can.readFunnel(user) ? <FunnelReportPage /> : <ForbiddenPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function Redirect({ to }: { readonly to: string }) {
  const { navigate } = useRouter();
  useEffect(() => navigate(to, { replace: true }), [navigate, to]);
  return null;
}

/** A page the user's role does not use; the API would refuse its requests anyway. */
function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle text={t('request.forbidden')} />
      <Link to={paths.home()}>{t('app.home')}</Link>
    </section>
  );
}

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle text={t('app.notFoundTitle')} />
      <p>{t('app.notFoundText')}</p>
      <Link to={paths.home()}>{t('app.home')}</Link>
    </section>
  );
}
