import type { Page } from '../api/api-types.js';
import type { ApiDemoCar } from '../api/sales-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useReferenceData } from '../session/reference-data.js';
import { useApi, useUser } from '../session/session-context.js';
import { DemoCarForm } from './demo-car-form.js';
import { DemoCarTable } from './demo-car-table.js';

/** The dealer's test-drive fleet: which cars it keeps, whether each can be booked, and a form to add one. */
export function DemoCarsPage() {
  const { t } = useI18n();
  const api = useApi();
  const user = useUser();
  const { catalog, dealers } = useReferenceData();
  const cars = useRequest(async () => (await api.get<Page<ApiDemoCar>>('/demo-cars')).items, [api]);
  return (
    <section>
      <PageTitle text={t('demoCars.title')} />
      <RequestView state={cars} onRetry={cars.reload}>
        {(list) => <DemoCarTable cars={list} onChanged={cars.reload} />}
      </RequestView>
      <RequestView state={catalog} onRetry={catalog.reload}>
        {(data) => (
          <RequestView state={dealers} onRetry={dealers.reload}>
            {(list) => (
              <DemoCarForm
                models={data.models}
                dealer={list.find((dealer) => dealer.code === user.dealerCode)}
                onAdded={cars.reload}
              />
            )}
          </RequestView>
        )}
      </RequestView>
    </section>
  );
}
