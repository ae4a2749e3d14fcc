import type { Page } from '../api/api-types.js';
import type { ApiDemoCar, ApiLead, ApiTestDrive } from '../api/sales-types.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { BookTestDriveForm } from './book-test-drive-form.js';
import { TestDriveItem } from './test-drive-item.js';

/** The lead's test drives, earliest first, and the form to book another. */
export function TestDrivesPanel({ lead, canBook }: { readonly lead: ApiLead; readonly canBook: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const drives = useRequest(() => api.get<Page<ApiTestDrive>>('/test-drives', { leadId: lead.id }), [api, lead.id]);
  const cars = useRequest(
    async () => (canBook ? (await api.get<Page<ApiDemoCar>>('/demo-cars')).items : []),
    [api, canBook],
  );
  return (
    <section className="card" aria-labelledby="drives-heading">
      <h2 id="drives-heading">{t('drives.title')}</h2>
      <RequestView state={drives} onRetry={drives.reload}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('drives.none')}</p>
          ) : (
            <ul className="plain-list">
              {data.items.map((drive) => (
                <li key={drive.id}>
                  <TestDriveItem lead={lead} drive={drive} canChange={canBook} onChanged={drives.reload} />
                </li>
              ))}
            </ul>
          )
        }
      </RequestView>
      {canBook && (
        <RequestView state={cars} onRetry={cars.reload}>
          {(list) => <BookTestDriveForm lead={lead} cars={list} onBooked={drives.reload} />}
        </RequestView>
      )}
    </section>
  );
}
