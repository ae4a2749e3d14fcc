import type { Violation } from '../shared/violation.js';
import type { CheckName, CheckOutcome, CheckResult } from './verification-types.js';

/** The single line a check writes when it finds nothing wrong. */
export function passed(check: CheckName, message: string): CheckOutcome {
  return { check, result: 'pass', code: 'ok', message, path: null };
}

export function outcomesOf(
  check: CheckName,
  result: Exclude<CheckResult, 'pass'>,
  violations: readonly Violation[],
  passMessage: string,
): readonly CheckOutcome[] {
  if (violations.length === 0) return [passed(check, passMessage)];
  return violations.map((found) => ({ check, result, code: found.code, message: found.message, path: found.path }));
}
