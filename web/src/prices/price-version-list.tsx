import type { ApiPriceVersion } from '../api/api-types.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The price-list versions, newest first; each opens to its prices. */
export function PriceVersionList({ versions }: { readonly versions: readonly ApiPriceVersion[] }) {
  const { t, money, dateTime } = useI18n();
  if (versions.length === 0) return <p className="muted">{t('prices.empty')}</p>;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <ol className="plain-list version-list">
      {newestFirst.map((version) => (
        <li key={version.version} className="card">
          <details>
            <summary>
              <strong>{t('prices.version', { version: version.version })}</strong>{' '}
              <span>{t('prices.effective', { at: dateTime(version.effectiveAt) })}</span>{' '}
              {version.createdBy && <span className="muted">{t('prices.createdBy', { by: version.createdBy })}</span>}{' '}
              <span className="muted">{t('prices.items', { count: version.items.length })}</span>
            </summary>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('prices.model')}</th>
                    <th scope="col">{t('prices.target')}</th>
                    <th scope="col" className="numeric">
                      {t('prices.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {version.items.map((item, index) => (
                    <tr key={index}>
                      <td>{item.model}</td>
                      <td>{item.trim ?? item.option}</td>
                      <td className="numeric">{money(item.priceCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
