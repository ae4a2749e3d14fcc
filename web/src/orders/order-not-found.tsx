import { PageTitle } from '../components/page-title.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

/** Another dealer's order, or none at all: the two look the same, so no order's existence leaks. */
export function OrderNotFound({ id }: { readonly id: string }) {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle text={t('order.notFound')} />
      <p>{t('order.notFoundText', { id })}</p>
      <Link to={paths.orders()}>{t('nav.orders')}</Link>
    </section>
  );
}
