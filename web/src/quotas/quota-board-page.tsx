import { useEffect, useState } from 'react';
import type { QuotaBucket } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { QuotaCell } from './quota-cell.js';
import { cellKey, quotaGrid, quotaMonths, withBucket } from './quota-grid.js';
import { QuotaTransferForm } from './quota-transfer-form.js';

/** Region × month × model: used against cap, caps edited in place, quota moved between regions. */
export function QuotaBoardPage() {
  const { t } = useI18n();
  const api = useApi();
  const quotas = useRequest(async () => (await api.get<{ items: readonly QuotaBucket[] }>('/quotas')).items, [api]);
  return (
    <section>
      <PageTitle text={t('quotas.title')} />
      <RequestView state={quotas} onRetry={quotas.reload}>
        {(buckets) => <QuotaBoard initial={buckets} reload={quotas.reload} />}
      </RequestView>
    </section>
  );
}

function QuotaBoard({ initial, reload }: { readonly initial: readonly QuotaBucket[]; readonly reload: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const catalog = useCatalogIfLoaded();
  const [buckets, setBuckets] = useState(initial);
  useEffect(() => setBuckets(initial), [initial]);
  const months = quotaMonths(buckets);
  const [month, setMonth] = useState(months[0] ?? '');
  if (buckets.length === 0) return <p className="muted">{t('quotas.empty')}</p>;
  const modelOrder = catalog?.models.map((model) => model.code) ?? [];
  const grid = quotaGrid(buckets, month, modelOrder);
  const modelName = (code: string) => catalog?.models.find((model) => model.code === code)?.name ?? code;
  const editable = can.allocate(user);
  return (
    <>
      <label className="inline-field">
        <span>{t('quotas.month')}</span>
        <select value={month} onChange={(event) => setMonth(event.target.value)}>
          {months.map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate}
            </option>
          ))}
        </select>
      </label>
      <div className="table-scroll">
        <table className="data-table quota-table">
          <caption className="visually-hidden">
            {t('quotas.title')} {month}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('quotas.region')}</th>
              {grid.models.map((model) => (
                <th key={model} scope="col">
                  {modelName(model)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.regions.map((region) => (
              <tr key={region}>
                <th scope="row">{region}</th>
                {grid.models.map((model) => {
                  const bucket = grid.cells.get(cellKey(region, model));
                  return (
                    <td key={model}>
                      {bucket ? (
                        <QuotaCell
                          key={`${bucket.month}-${bucket.cap}-${bucket.used}`}
                          bucket={bucket}
                          editable={editable}
                          onSaved={(saved) => setBuckets((list) => withBucket(list, saved))}
                        />
                      ) : (
                        <span className="muted">{t('quotas.none')}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <QuotaTransferForm
          key={`${month}-${grid.models.join()}`}
          month={month}
          regions={grid.regions}
          models={grid.models}
          onMoved={(changed) => {
            if (changed.length === 0) reload();
            else setBuckets((list) => changed.reduce(withBucket, [...list]));
          }}
        />
      )}
    </>
  );
}
