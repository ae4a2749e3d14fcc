import type { I18n } from '../i18n/i18n-context.js';
import type { FormProblem } from './form-problem.js';

/** A form problem in the dealer's language. */
export function problemText(t: I18n['t'], problem: FormProblem): string {
  return t(problem.key, problem.params);
}
