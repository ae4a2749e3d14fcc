import { useI18n } from '../i18n/i18n-context.js';
import { useReferenceData } from '../session/reference-data.js';

/** The options of a dealer filter: any dealer first, then every dealer by code and name once they are loaded. */
export function DealerOptions() {
  const { t } = useI18n();
  const { dealers } = useReferenceData();
  return (
    <>
      <option value="">{t('orders.anyDealer')}</option>
      {dealers.status === 'ready' &&
        dealers.data.map((dealer) => (
          <option key={dealer.code} value={dealer.code}>
            {dealer.code} · {dealer.name}
          </option>
        ))}
    </>
  );
}
