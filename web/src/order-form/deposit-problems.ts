import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import type { OrderForm } from './form-state.js';
import type { FormProblem } from './form-problem.js';
import { fromLocalInputValue } from './local-time.js';
import { parseYuan } from './money-input.js';

/**
 * The deposit as the server's completeness check will judge it: at least the model's minimum, already paid, with a
 * payment reference. `formatMoney` writes the minimum in the dealer's language.
 */
export function depositProblems(
  deposit: OrderForm['deposit'],
  model: VehicleModel | undefined,
  now: Date,
  formatMoney: (cents: number) => string,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const cents = parseYuan(deposit.amountYuan);
  if (cents === null) problems.push({ path: 'deposit.amountCents', key: 'problem.amount_invalid' });
  else if (model !== undefined && cents < model.minDepositCents) {
    problems.push({
      path: 'deposit.amountCents',
      key: 'problem.deposit_below_minimum',
      params: { model: model.name, amount: formatMoney(model.minDepositCents) },
    });
  }
  const paidAt = fromLocalInputValue(deposit.paidAt);
  if (paidAt === null) problems.push({ path: 'deposit.paidAt', key: 'problem.paid_at_invalid' });
  else if (Date.parse(paidAt) > now.getTime()) {
    problems.push({ path: 'deposit.paidAt', key: 'problem.deposit_paid_in_future' });
  }
  if (deposit.reference.trim() === '') {
    problems.push({ path: 'deposit.reference', key: 'problem.deposit_reference_missing' });
  }
  return problems;
}
