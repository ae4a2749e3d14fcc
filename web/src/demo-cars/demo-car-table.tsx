import type { ApiDemoCar } from '../api/sales-types.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';
import { useApi } from '../session/session-context.js';

/** The demo cars as rows, each with the switch that takes it out of the booking calendar or puts it back. */
export function DemoCarTable({
  cars,
  onChanged,
}: {
  readonly cars: readonly ApiDemoCar[];
  readonly onChanged: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const catalog = useCatalogIfLoaded();
  const action = useAction();
  if (cars.length === 0) return <p className="muted">{t('demoCars.empty')}</p>;
  const modelOf = (code: string) => catalog?.models.find((model) => model.code === code);
  return (
    <>
      <ActionError error={action.error} />
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('demoCars.plate')}</th>
              <th scope="col">{t('orders.model')}</th>
              <th scope="col">{t('form.trim')}</th>
              <th scope="col">{t('demoCars.availability')}</th>
            </tr>
          </thead>
          <tbody>
            {cars.map((car) => {
              const model = modelOf(car.model);
              return (
                <tr key={car.id}>
                  <th scope="row">{car.plate}</th>
                  <td>{model?.name ?? car.model}</td>
                  <td>{model?.trims.find((trim) => trim.code === car.trim)?.name ?? car.trim}</td>
                  <td>
                    <span className={`badge ${car.available ? 'badge-verified' : 'badge-warning'}`}>
                      {t(car.available ? 'demoCars.available' : 'demoCars.away')}
                    </span>
                    <button
                      type="button"
                      className="button-link"
                      disabled={action.pending}
                      aria-label={t(car.available ? 'demoCars.takeAway' : 'demoCars.putBack', { plate: car.plate })}
                      onClick={() =>
                        void action
                          .run(() =>
                            api.patch<ApiDemoCar>(`/demo-cars/${encodeURIComponent(car.id)}`, {
                              available: !car.available,
                            }),
                          )
                          .then((saved) => {
                            if (saved) onChanged();
                          })
                      }
                    >
                      {t(car.available ? 'demoCars.takeAwayShort' : 'demoCars.putBackShort')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
