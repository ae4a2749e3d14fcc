import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ConflictList } from './conflict-list.js';
import { optionGroups } from './configuration-choices.js';
import { OptionGroup } from './option-group.js';
import { problemText } from './problem-text.js';
import { TrimPicker } from './trim-picker.js';
import type { OrderFormModel } from './use-order-form.js';

/** Model, trim and options; only valid choices are offered and every conflict is explained as it arises. */
export function VehicleSection({
  models,
  state,
  serverErrors,
  locked,
}: {
  readonly models: readonly VehicleModel[];
  readonly state: OrderFormModel;
  readonly serverErrors: (field: string) => string[];
  readonly locked: boolean;
}) {
  const { t } = useI18n();
  const { form, model } = state;
  const text = (field: string) => state.visibleProblems(field).map((problem) => problemText(t, problem));
  return (
    <section className="card form-section" aria-labelledby="vehicle-heading">
      <h2 id="vehicle-heading">{t('form.vehicle')}</h2>
      {locked && <p className="notice notice-muted">{t('form.locked')}</p>}
      <fieldset disabled={locked} className="plain-fieldset">
        <Field label={t('form.model')} errors={[...text('vehicle.model'), ...serverErrors('vehicle.model')]}>
          {(control) => (
            <select
              {...control}
              name="model"
              value={form.model}
              onChange={(event) => state.setModel(event.target.value)}
            >
              <option value="">{t('form.chooseModel')}</option>
              {models.map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {candidate.name} ({candidate.powertrain})
                </option>
              ))}
            </select>
          )}
        </Field>
        {model && (
          <>
            <TrimPicker
              model={model}
              value={form.trim}
              errors={[...text('vehicle.trim'), ...serverErrors('vehicle.trim')]}
              onChange={state.setTrim}
            />
            {state.removed && (
              <p className="notice notice-muted" role="status">
                {t('form.removedOnTrimChange', {
                  trim: state.removed.trim,
                  options: state.removed.options.map((option) => option.name).join(', '),
                })}
              </p>
            )}
            {form.trim !== '' && (
              <div className="option-groups">
                {optionGroups(model, form).map((group) => (
                  <OptionGroup key={group.category} group={group} onChange={state.setOption} />
                ))}
              </div>
            )}
            <ConflictList problems={state.visibleProblems('vehicle.options')} onFix={state.applyFix} />
            {serverErrors('vehicle.options').length > 0 && (
              <ul className="field-errors" role="alert">
                {serverErrors('vehicle.options').map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </fieldset>
    </section>
  );
}
