import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { FieldErrors } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import { trimChoices } from './configuration-choices.js';

/** The model's trims as radio cards with their price and selling features; trims out of production are shown, not offered. */
export function TrimPicker({
  model,
  value,
  errors,
  onChange,
}: {
  readonly model: VehicleModel;
  readonly value: string;
  readonly errors: readonly string[];
  readonly onChange: (code: string) => void;
}) {
  const { t, money } = useI18n();
  return (
    <fieldset className="choice-group" aria-invalid={errors.length > 0}>
      <legend>{t('form.trim')}</legend>
      <div className="trim-cards">
        {trimChoices(model).map(({ trim, selectable }) => (
          <label key={trim.code} className={`trim-card ${value === trim.code ? 'trim-card-chosen' : ''}`}>
            <input
              type="radio"
              name="trim"
              value={trim.code}
              checked={value === trim.code}
              disabled={!selectable}
              onChange={() => onChange(trim.code)}
            />
            <span className="trim-name">
              {selectable ? trim.name : t('form.trimNotInProduction', { name: trim.name })}
            </span>
            <span className="trim-price">{money(trim.basePriceCents)}</span>
            <span className="trim-features">{trim.features.join(' · ')}</span>
          </label>
        ))}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
