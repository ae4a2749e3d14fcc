import { useState, type FormEvent } from 'react';
import type { ApiDealer, ApiModel } from '../api/api-types.js';
import type { ApiDemoCar } from '../api/sales-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { fieldOfPath } from '../order-form/form-problem.js';
import { problemText } from '../order-form/problem-text.js';
import { useApi } from '../session/session-context.js';
import { demoCarModels, demoCarProblems, type DemoCarDraft } from './demo-car-draft.js';

/** A manager registers a demo car: a model the dealership sells, a trim in production, and its plate. */
export function DemoCarForm({
  models,
  dealer,
  onAdded,
}: {
  readonly models: readonly ApiModel[];
  readonly dealer: ApiDealer | undefined;
  readonly onAdded: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const offered = demoCarModels(models, dealer);
  const first = offered[0];
  const blank = (): DemoCarDraft => ({ model: first?.code ?? '', trim: first?.trims[0]?.code ?? '', plate: '' });
  const [draft, setDraft] = useState<DemoCarDraft>(blank);
  const [submitted, setSubmitted] = useState(false);
  const [added, setAdded] = useState('');
  const problems = demoCarProblems(draft);
  const trims = offered.find((model) => model.code === draft.model)?.trims ?? [];
  const errors = (field: string) => [
    ...(submitted ? problems : [])
      .filter((problem) => problem.path === field)
      .map((problem) => problemText(t, problem)),
    ...(action.error?.errors ?? []).filter((error) => fieldOfPath(error.path) === field).map((error) => error.message),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setAdded('');
    if (problems.length > 0) return;
    void action
      .run(() => api.post<ApiDemoCar>('/demo-cars', { ...draft, plate: draft.plate.trim() }))
      .then((car) => {
        if (!car) return;
        setAdded(t('demoCars.added', { plate: car.plate }));
        setDraft(blank());
        setSubmitted(false);
        onAdded();
      });
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('demoCars.add')}</h2>
      <div className="field-row">
        <Field label={t('orders.model')} errors={errors('model')}>
          {(control) => (
            <select
              {...control}
              value={draft.model}
              onChange={(event) => {
                const model = offered.find((candidate) => candidate.code === event.target.value);
                setDraft({ ...draft, model: event.target.value, trim: model?.trims[0]?.code ?? '' });
              }}
            >
              {offered.map((model) => (
                <option key={model.code} value={model.code}>
                  {model.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.trim')} errors={errors('trim')}>
          {(control) => (
            <select
              {...control}
              value={draft.trim}
              onChange={(event) => setDraft({ ...draft, trim: event.target.value })}
            >
              {trims.map((trim) => (
                <option key={trim.code} value={trim.code}>
                  {trim.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('demoCars.plate')} hint={t('demoCars.plateHint')} errors={errors('plate')}>
          {(control) => (
            <input
              {...control}
              name="plate"
              autoComplete="off"
              maxLength={20}
              value={draft.plate}
              onChange={(event) => setDraft({ ...draft, plate: event.target.value })}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button-primary" disabled={action.pending}>
        {t('demoCars.addButton')}
      </button>
      {added && (
        <p className="notice notice-success" role="status">
          {added}
        </p>
      )}
      {(action.error?.errors.length ?? 0) === 0 && <ActionError error={action.error} />}
    </form>
  );
}
