import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldError } from '../api/api-error.js';
import type { CustomerLanguage } from '../api/api-types.js';
import { Field, FieldErrors } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { LeadDraft } from './lead-draft.js';
import { NeedsFields } from './needs-fields.js';
import { useLeadForm } from './use-lead-form.js';

export interface LeadFormProps {
  readonly initial: LeadDraft;
  /** What the server said about the fields of the last attempt. */
  readonly serverErrors: readonly FieldError[];
  readonly pending: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (draft: LeadDraft) => void;
  readonly onCancel?: () => void;
}

/** A prospective buyer: who they are, whether they may be contacted, and the needs they stated. */
export function LeadForm(props: LeadFormProps) {
  const { t } = useI18n();
  const state = useLeadForm(props.initial, props.serverErrors);
  const { draft } = state;
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (state.trySubmit()) props.onSubmit(draft);
    else setFocusRequest((count) => count + 1);
  }

  return (
    <form ref={formRef} className="lead-form" onSubmit={submit} noValidate>
      <section className="card form-section" aria-labelledby="lead-contact-heading">
        <h2 id="lead-contact-heading">{t('leads.contact')}</h2>
        <div className="field-row">
          <Field label={t('leads.name')} errors={state.errors('name')}>
            {(control) => (
              <input
                {...control}
                name="name"
                autoComplete="off"
                maxLength={100}
                value={draft.name}
                onChange={(event) => state.set('name', event.target.value)}
                onBlur={() => state.touch('name')}
              />
            )}
          </Field>
          <Field label={t('form.customerLanguage')} errors={state.errors('language')}>
            {(control) => (
              <select
                {...control}
                name="language"
                value={draft.language}
                onChange={(event) => state.set('language', event.target.value as CustomerLanguage)}
              >
                <option value="zh-CN">中文</option>
                <option value="en">English</option>
              </select>
            )}
          </Field>
        </div>
        <label className="checkbox-line">
          <input
            type="checkbox"
            name="contactConsent"
            checked={draft.contactConsent}
            aria-invalid={state.errors('contactConsent').length > 0}
            onChange={(event) => {
              state.set('contactConsent', event.target.checked);
              // A phone is kept only with consent: withdrawing it clears the number.
              if (!event.target.checked) state.set('phone', '');
            }}
          />
          {t('leads.consent')}
        </label>
        <FieldErrors errors={state.errors('contactConsent')} />
        <Field label={t('form.phone')} hint={t('leads.phoneHint')} errors={state.errors('phone')}>
          {(control) => (
            <input
              {...control}
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              maxLength={32}
              value={draft.phone}
              onChange={(event) => state.set('phone', event.target.value)}
              onBlur={() => state.touch('phone')}
            />
          )}
        </Field>
      </section>
      <NeedsFields state={state} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={props.pending}>
          {props.pending ? t('request.saving') : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            {t('leads.cancelEdit')}
          </button>
        )}
        {state.submitted && state.problemCount > 0 && (
          <span className="field-errors" role="alert">
            {t('form.fixFirst', { count: state.problemCount })}
          </span>
        )}
      </div>
    </form>
  );
}
