import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { configurationProblems } from './configuration-problems.js';
import { customerProblems } from './customer-problems.js';
import { depositProblems } from './deposit-problems.js';
import type { OrderForm } from './form-state.js';
import type { FormProblem } from './form-problem.js';
import { localDate } from './local-time.js';

export interface FormContext {
  readonly model: VehicleModel | undefined;
  readonly now: Date;
  readonly formatMoney: (cents: number) => string;
  /** Fixing a stored order: a blank ID number keeps the stored one. */
  readonly editing: boolean;
}

/** Every problem of the form, in the order of its sections; the form submits only when there is none. */
export function orderFormProblems(form: OrderForm, context: FormContext): FormProblem[] {
  return [
    ...configurationProblems(context.model, form),
    ...customerProblems(form.customer, localDate(context.now), { keepStoredIdNumber: context.editing }),
    ...depositProblems(form.deposit, context.model, context.now, context.formatMoney),
    ...(form.special.flagged && form.special.reason.trim() === ''
      ? [{ path: 'special.reason', key: 'problem.special_reason_missing' as const }]
      : []),
  ];
}
