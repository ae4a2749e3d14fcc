import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import { problemText } from './problem-text.js';
import type { OrderFormModel } from './use-order-form.js';

/** The deposit the customer paid: amount against the model's minimum, when, and the payment reference. */
export function DepositSection({
  state,
  serverErrors,
  locked,
}: {
  readonly state: OrderFormModel;
  readonly serverErrors: (field: string) => string[];
  readonly locked: boolean;
}) {
  const { t, money } = useI18n();
  const { deposit } = state.form;
  const errors = (field: string, value: string) => [
    ...state.visibleProblems(field, value).map((problem) => problemText(t, problem)),
    ...serverErrors(field),
  ];
  const set = (field: keyof typeof deposit, value: string) =>
    state.update(`deposit.${field === 'amountYuan' ? 'amountCents' : field}`, (form) => ({
      ...form,
      deposit: { ...form.deposit, [field]: value },
    }));
  const minimum = state.model
    ? t('form.depositMinimum', { amount: money(state.model.minDepositCents), model: state.model.name })
    : undefined;
  return (
    <section className="card form-section" aria-labelledby="deposit-heading">
      <h2 id="deposit-heading">{t('form.deposit')}</h2>
      <fieldset disabled={locked} className="plain-fieldset">
        <div className="field-row">
          <Field
            label={t('form.depositAmount')}
            errors={errors('deposit.amountCents', deposit.amountYuan)}
            {...(minimum ? { hint: minimum } : {})}
          >
            {(control) => (
              <input
                {...control}
                name="deposit.amount"
                inputMode="decimal"
                value={deposit.amountYuan}
                maxLength={20}
                onChange={(event) => set('amountYuan', event.target.value)}
                onBlur={() => state.touch('deposit.amountCents')}
              />
            )}
          </Field>
          <Field label={t('form.paidAt')} errors={errors('deposit.paidAt', deposit.paidAt)}>
            {(control) => (
              <input
                {...control}
                name="deposit.paidAt"
                type="datetime-local"
                value={deposit.paidAt}
                onChange={(event) => set('paidAt', event.target.value)}
                onBlur={() => state.touch('deposit.paidAt')}
              />
            )}
          </Field>
        </div>
        <Field label={t('form.reference')} errors={errors('deposit.reference', deposit.reference)}>
          {(control) => (
            <input
              {...control}
              name="deposit.reference"
              autoComplete="off"
              value={deposit.reference}
              maxLength={100}
              onChange={(event) => set('reference', event.target.value)}
              onBlur={() => state.touch('deposit.reference')}
            />
          )}
        </Field>
      </fieldset>
    </section>
  );
}
