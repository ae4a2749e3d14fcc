import { useCallback, useMemo, useState } from 'react';
import type { OptionDefinition, VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import {
  addInsteadOfConflicts,
  chooseModel,
  chooseOption,
  chooseTrim,
  type Configuration,
} from './configuration-choices.js';
import { fieldOfPath, type FormProblem } from './form-problem.js';
import { orderFormProblems } from './form-problems.js';
import type { OrderForm } from './form-state.js';
import { problemsVisible } from './live-visibility.js';

/** Problems of the configuration that are shown only once submitting is tried: the dealer is still choosing. */
const NOT_YET_CHOSEN = new Set([
  'problem.model_missing',
  'problem.trim_missing',
  'problem.paint_missing',
  'problem.interior_missing',
]);

export interface OrderFormModel {
  readonly form: OrderForm;
  readonly model: VehicleModel | undefined;
  readonly problems: readonly FormProblem[];
  readonly submitted: boolean;
  /** Options a trim change removed, to say so. */
  readonly removed: { readonly trim: string; readonly options: readonly OptionDefinition[] } | null;
  /** Fields changed since the form opened: an older server finding about them no longer applies. */
  readonly changed: ReadonlySet<string>;
  visibleProblems(field: string, value?: string): FormProblem[];
  setModel(code: string): void;
  setTrim(code: string): void;
  setOption(code: string, chosen: boolean): void;
  applyFix(fix: NonNullable<FormProblem['fix']>): void;
  update(field: string, change: (form: OrderForm) => OrderForm): void;
  touch(field: string): void;
  trySubmit(): boolean;
}

/** The order form's state and the rules over it; the components only show it. */
export function useOrderForm(
  initial: OrderForm,
  models: readonly VehicleModel[],
  editing: boolean,
  now: () => Date,
): OrderFormModel {
  const { money } = useI18n();
  const [form, setForm] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [removed, setRemoved] = useState<OrderFormModel['removed']>(null);
  const model = models.find((candidate) => candidate.code === form.model);
  const problems = useMemo(
    () => orderFormProblems(form, { model, now: now(), formatMoney: money, editing }),
    [form, model, now, money, editing],
  );
  const markChanged = useCallback((field: string) => setChanged((fields) => new Set(fields).add(field)), []);
  const setConfiguration = useCallback(
    (next: Configuration) => {
      setForm((current) => ({ ...current, ...next }));
      markChanged('vehicle.model');
      markChanged('vehicle.trim');
      markChanged('vehicle.options');
    },
    [markChanged],
  );
  return {
    form,
    model,
    problems,
    submitted,
    removed,
    changed,
    visibleProblems(field, value = '') {
      const own = problems.filter((problem) => fieldOfPath(problem.path) === field);
      if (field.startsWith('vehicle.')) {
        return own.filter((problem) => submitted || !NOT_YET_CHOSEN.has(problem.key));
      }
      return problemsVisible(field, value, { touched, submitted }) ? own : [];
    },
    setModel(code) {
      setRemoved(null);
      setConfiguration(chooseModel(form, code));
    },
    setTrim(code) {
      if (model === undefined) return;
      const result = chooseTrim(model, form, code);
      const trimName = model.trims.find((trim) => trim.code === code)?.name ?? code;
      setRemoved(result.removed.length > 0 ? { trim: trimName, options: result.removed } : null);
      setConfiguration(result.configuration);
    },
    setOption(code, chosen) {
      if (model === undefined) return;
      setConfiguration(chooseOption(model, form, code, chosen));
    },
    applyFix(fix) {
      if (model === undefined) return;
      setConfiguration(
        fix.kind === 'add'
          ? addInsteadOfConflicts(model, form, fix.option)
          : chooseOption(model, form, fix.option, false),
      );
    },
    update(field, change) {
      setForm(change);
      markChanged(field);
    },
    touch(field) {
      setTouched((fields) => (fields.has(field) ? fields : new Set(fields).add(field)));
    },
    trySubmit() {
      setSubmitted(true);
      return problems.length === 0;
    },
  };
}
