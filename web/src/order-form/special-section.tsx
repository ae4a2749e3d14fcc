import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import { problemText } from './problem-text.js';
import type { OrderFormModel } from './use-order-form.js';

/** The dealer may send an order to the order desk, saying why. */
export function SpecialSection({
  state,
  serverErrors,
}: {
  readonly state: OrderFormModel;
  readonly serverErrors: (field: string) => string[];
}) {
  const { t } = useI18n();
  const { special } = state.form;
  const set = (change: Partial<typeof special>) =>
    state.update('special.reason', (form) => ({ ...form, special: { ...form.special, ...change } }));
  return (
    <section className="card form-section">
      <label className="checkbox-line">
        <input type="checkbox" checked={special.flagged} onChange={(event) => set({ flagged: event.target.checked })} />
        {t('form.special')}
      </label>
      {special.flagged && (
        <Field
          label={t('form.specialReason')}
          errors={[
            ...state.visibleProblems('special.reason', special.reason).map((problem) => problemText(t, problem)),
            ...serverErrors('special.reason'),
          ]}
        >
          {(control) => (
            <textarea
              {...control}
              name="special.reason"
              rows={2}
              maxLength={500}
              value={special.reason}
              onChange={(event) => set({ reason: event.target.value })}
              onBlur={() => state.touch('special.reason')}
            />
          )}
        </Field>
      )}
    </section>
  );
}
