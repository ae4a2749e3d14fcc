import { MOTIVATIONS, USAGES, type Motivation } from '../../../src/domain/introduction/needs-profile.js';
import { Field, FieldErrors } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { Answer } from './lead-draft.js';
import { PriorityPicker } from './priority-picker.js';
import type { LeadFormModel } from './use-lead-form.js';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

/** The needs profile: what the customer can spend, who rides along, how they drive, and what matters most. */
export function NeedsFields({ state }: { readonly state: LeadFormModel }) {
  const { t } = useI18n();
  const { draft } = state;
  const number = (field: 'householdSize' | 'dailyDistanceKm', label: string, hint: string) => (
    <Field label={label} hint={hint} errors={state.errors(field)}>
      {(control) => (
        <input
          {...control}
          name={field}
          inputMode="numeric"
          maxLength={7}
          value={draft[field]}
          onChange={(event) => state.set(field, event.target.value)}
          onBlur={() => state.touch(field)}
        />
      )}
    </Field>
  );
  return (
    <section className="card form-section" aria-labelledby="lead-needs-heading">
      <h2 id="lead-needs-heading">{t('leads.needs')}</h2>
      <p className="muted">{t('leads.needsIntro')}</p>
      <div className="field-row">
        <Field label={t('leads.budget')} hint={t('leads.budgetHint')} errors={state.errors('budgetCents')}>
          {(control) => (
            <input
              {...control}
              name="budget"
              inputMode="decimal"
              maxLength={20}
              value={draft.budgetYuan}
              onChange={(event) => state.set('budgetYuan', event.target.value, 'budgetCents')}
              onBlur={() => state.touch('budgetCents')}
            />
          )}
        </Field>
        {number('householdSize', t('leads.householdSize'), t('leads.householdHint'))}
        {number('dailyDistanceKm', t('leads.dailyDistance'), t('leads.dailyDistanceHint'))}
      </div>
      <fieldset className="choice-group">
        <legend>{t('leads.homeCharging')}</legend>
        <div className="choice-row">
          {ANSWERS.map((answer) => (
            <label key={answer} className="choice">
              <input
                type="radio"
                name="homeCharging"
                value={answer}
                checked={draft.homeCharging === answer}
                onChange={() => state.set('homeCharging', answer)}
              />
              {t(`leads.answer.${answer}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('leads.usage')}</legend>
        <div className="choice-row">
          {USAGES.map((usage) => (
            <label key={usage} className="choice">
              <input
                type="checkbox"
                name="usage"
                value={usage}
                checked={draft.usage.includes(usage)}
                onChange={(event) =>
                  state.set(
                    'usage',
                    event.target.checked ? [...draft.usage, usage] : draft.usage.filter((used) => used !== usage),
                  )
                }
              />
              {t(`leads.usage.${usage}`)}
            </label>
          ))}
        </div>
        <FieldErrors errors={state.errors('usage')} />
      </fieldset>
      <PriorityPicker
        value={draft.priorities}
        errors={state.errors('priorities')}
        onChange={(priorities) => state.set('priorities', priorities)}
      />
      <Field label={t('leads.motivation')} errors={state.errors('motivation')}>
        {(control) => (
          <select
            {...control}
            name="motivation"
            value={draft.motivation}
            onChange={(event) => state.set('motivation', event.target.value as Motivation | '')}
          >
            <option value="">{t('leads.notSaid')}</option>
            {MOTIVATIONS.map((motivation) => (
              <option key={motivation} value={motivation}>
                {t(`leads.motivation.${motivation}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </section>
  );
}
