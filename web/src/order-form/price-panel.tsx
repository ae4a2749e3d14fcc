import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Configuration } from './configuration-choices.js';
import { priceSummary } from './price-summary.js';

/** The price of the car as configured so far and the minimum deposit, updated with every choice. */
export function PricePanel({
  model,
  configuration,
  at,
}: {
  readonly model: VehicleModel | undefined;
  readonly configuration: Configuration;
  readonly at: string;
}) {
  const { t, money } = useI18n();
  if (model === undefined) return null;
  const summary = priceSummary(model, configuration, at);
  return (
    <aside className="card price-panel" aria-labelledby="price-heading" aria-live="polite">
      <h2 id="price-heading">{t('form.price')}</h2>
      <dl className="price-lines">
        {summary.trim && (
          <div>
            <dt>{summary.trim.name}</dt>
            <dd>{money(summary.trim.priceCents)}</dd>
          </div>
        )}
        {summary.options
          .filter((line) => line.priceCents > 0)
          .map((line) => (
            <div key={line.code}>
              <dt>{line.name}</dt>
              <dd>{money(line.priceCents)}</dd>
            </div>
          ))}
        <div className="price-total">
          <dt>{t('form.total')}</dt>
          <dd data-testid="price-total">{money(summary.totalCents)}</dd>
        </div>
        <div>
          <dt>{t('form.minDeposit')}</dt>
          <dd data-testid="minimum-deposit">{money(summary.minDepositCents)}</dd>
        </div>
      </dl>
    </aside>
  );
}
