import { PageTitle } from '../components/page-title.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

/** Another dealer's lead, or none at all: the two look the same, so no lead's existence leaks. */
export function LeadNotFound({ id }: { readonly id: string }) {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle text={t('leads.notFound')} />
      <p>{t('leads.notFoundText', { id })}</p>
      <Link to={paths.leads()}>{t('nav.leads')}</Link>
    </section>
  );
}
