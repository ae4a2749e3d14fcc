import { validateIdentity } from '../../../src/domain/identity/identity.js';
import { validateMobilePhone } from '../../../src/domain/identity/mobile-phone.js';
import { isMessageKey } from '../i18n/translate.js';
import type { OrderForm } from './form-state.js';
import type { FormProblem } from './form-problem.js';

/**
 * The customer's data checked by the same rules the server's completeness check applies: a mainland mobile number,
 * and a resident ID (check character, real birth date, adult on `today`), passport number or credit code. When an
 * order is fixed the ID number may be left empty to keep the stored one.
 */
export function customerProblems(
  customer: OrderForm['customer'],
  today: string,
  options: { readonly keepStoredIdNumber?: boolean } = {},
): FormProblem[] {
  const problems: FormProblem[] = [];
  if (customer.name.trim() === '') problems.push({ path: 'customer.name', key: 'problem.name_missing' });
  for (const found of validateMobilePhone(customer.phone, 'customer.phone')) {
    problems.push({ path: 'customer.phone', key: asKey(found.code) });
  }
  if (customer.idNumber === '' && options.keepStoredIdNumber) return problems;
  for (const found of validateIdentity(customer.idType, customer.idNumber, today, 'customer.idNumber')) {
    problems.push({
      path: 'customer.idNumber',
      key: asKey(found.code),
      params: { length: customer.idNumber.length },
    });
  }
  return problems;
}

function asKey(code: string) {
  const key = `problem.${code}`;
  return isMessageKey(key) ? key : 'problem.required';
}
