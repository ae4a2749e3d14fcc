import type { IdType, CustomerLanguage } from '../api/api-types.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import { problemText } from './problem-text.js';
import type { OrderFormModel } from './use-order-form.js';

const ID_TYPES: readonly IdType[] = ['resident_id', 'passport', 'company'];

/** The buyer: name, mobile and identity document, each checked as typed by the server's own rules. */
export function CustomerSection({
  state,
  serverErrors,
  maskedIdNumber,
  identityLocked,
  contactLocked = false,
}: {
  readonly state: OrderFormModel;
  readonly serverErrors: (field: string) => string[];
  /** The stored number, masked, when an order is being fixed. */
  readonly maskedIdNumber: string | null;
  readonly identityLocked: boolean;
  /** Name, phone and language taken from a lead: shown, not changed here. */
  readonly contactLocked?: boolean;
}) {
  const { t } = useI18n();
  const { customer } = state.form;
  const errors = (field: string, value: string) => [
    ...state.visibleProblems(field, value).map((problem) => problemText(t, problem)),
    ...serverErrors(field),
  ];
  const set = (field: keyof typeof customer, value: string) =>
    state.update(`customer.${field}`, (form) => ({ ...form, customer: { ...form.customer, [field]: value } }));
  return (
    <section className="card form-section" aria-labelledby="customer-heading">
      <h2 id="customer-heading">{t('form.customer')}</h2>
      <div className="field-row">
        <Field
          label={t('form.name')}
          errors={errors('customer.name', customer.name)}
          {...(contactLocked ? { hint: t('form.fromLead') } : {})}
        >
          {(control) => (
            <input
              {...control}
              name="customer.name"
              readOnly={contactLocked}
              autoComplete="off"
              value={customer.name}
              maxLength={100}
              onChange={(event) => set('name', event.target.value)}
              onBlur={() => state.touch('customer.name')}
            />
          )}
        </Field>
        <Field label={t('form.phone')} hint={t('form.phoneHint')} errors={errors('customer.phone', customer.phone)}>
          {(control) => (
            <input
              {...control}
              name="customer.phone"
              readOnly={contactLocked}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              value={customer.phone}
              maxLength={32}
              onChange={(event) => set('phone', event.target.value)}
              onBlur={() => state.touch('customer.phone')}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('form.idType')} errors={serverErrors('customer.idType')}>
          {(control) => (
            <select
              {...control}
              name="customer.idType"
              value={customer.idType}
              disabled={identityLocked}
              onChange={(event) => set('idType', event.target.value as IdType)}
            >
              {ID_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`form.idType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('form.idNumber')}
          errors={errors('customer.idNumber', customer.idNumber)}
          {...(maskedIdNumber ? { hint: t('form.idNumberKeep', { masked: maskedIdNumber }) } : {})}
        >
          {(control) => (
            <input
              {...control}
              name="customer.idNumber"
              autoComplete="off"
              spellCheck={false}
              value={customer.idNumber}
              maxLength={40}
              disabled={identityLocked}
              onChange={(event) => set('idNumber', event.target.value.toUpperCase())}
              onBlur={() => state.touch('customer.idNumber')}
            />
          )}
        </Field>
      </div>
      <Field label={t('form.customerLanguage')}>
        {(control) => (
          <select
            {...control}
            name="customer.language"
            value={customer.language}
            disabled={contactLocked}
            onChange={(event) => set('language', event.target.value as CustomerLanguage)}
          >
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        )}
      </Field>
    </section>
  );
}
