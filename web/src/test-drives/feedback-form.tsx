import { useState, type FormEvent } from 'react';
import { NEXT_STEPS, type NextStep } from '../../../src/domain/test-drive/test-drive.js';
import type { ApiTestDrive } from '../api/sales-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { fieldOfPath } from '../order-form/form-problem.js';
import { problemText } from '../order-form/problem-text.js';
import { useApi } from '../session/session-context.js';
import { EMPTY_FEEDBACK, feedbackBody, type FeedbackDraft } from './feedback-draft.js';

/** The list a path names: `liked.2` is a line of the things liked. */
const listOf = (path: string | null) => fieldOfPath(path).replace(/\.\d+$/, '');

/** The short form after the drive: what the customer liked, their concerns, and what they want to do next. */
export function FeedbackForm({
  drive,
  onGiven,
}: {
  readonly drive: ApiTestDrive;
  readonly onGiven: (drive: ApiTestDrive) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [draft, setDraft] = useState<FeedbackDraft>(EMPTY_FEEDBACK);
  const [submitted, setSubmitted] = useState(false);
  const outcome = feedbackBody(draft);
  const errors = (field: string) => [
    ...(submitted ? outcome.problems : [])
      .filter((problem) => listOf(problem.path) === field)
      .map((problem) => problemText(t, problem)),
    ...(action.error?.errors ?? []).filter((error) => listOf(error.path) === field).map((error) => error.message),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!('body' in outcome)) return;
    const body = outcome.body;
    void action
      .run(() => api.post<ApiTestDrive>(`/test-drives/${encodeURIComponent(drive.id)}/feedback`, body))
      .then((given) => {
        if (given) onGiven(given);
      });
  }

  const lines = (field: 'liked' | 'concerns', label: string) => (
    <Field label={label} hint={t('feedback.onePerLine')} errors={errors(field)}>
      {(control) => (
        <textarea
          {...control}
          name={field}
          rows={3}
          maxLength={2_200}
          value={draft[field]}
          onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form className="feedback-form" onSubmit={submit} noValidate>
      <h4>{t('feedback.title')}</h4>
      {lines('liked', t('feedback.liked'))}
      {lines('concerns', t('feedback.concerns'))}
      <Field label={t('feedback.nextStep')} errors={errors('nextStep')}>
        {(control) => (
          <select
            {...control}
            name="nextStep"
            value={draft.nextStep}
            onChange={(event) => setDraft({ ...draft, nextStep: event.target.value as NextStep | '' })}
          >
            <option value="">{t('feedback.chooseNextStep')}</option>
            {NEXT_STEPS.map((step) => (
              <option key={step} value={step}>
                {t(`feedback.next.${step}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button-primary" disabled={action.pending}>
        {t('feedback.save')}
      </button>
      {(action.error?.errors.length ?? 0) === 0 && <ActionError error={action.error} />}
    </form>
  );
}
