import type { ApiPriceVersion } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useReferenceData } from '../session/reference-data.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { PriceVersionList } from './price-version-list.js';
import { PublishPriceForm } from './publish-price-form.js';

/** The price-list versions, and for an administrator the form that publishes the next one. */
export function PriceListsPage() {
  const { t } = useI18n();
  const api = useApi();
  const user = useUser();
  const { catalog } = useReferenceData();
  const versions = useRequest(
    async () => (await api.get<{ items: readonly ApiPriceVersion[] }>('/prices')).items,
    [api],
  );
  return (
    <section>
      <PageTitle text={t('prices.title')} />
      {can.publishPrices(user) && catalog.status === 'ready' && (
        <PublishPriceForm
          catalog={catalog.data}
          onPublished={() => {
            versions.reload();
            catalog.reload();
          }}
        />
      )}
      <RequestView state={versions} onRetry={versions.reload}>
        {(items) => <PriceVersionList versions={items} />}
      </RequestView>
    </section>
  );
}
