import type { MessageKey } from '../i18n/messages-en.js';

/**
 * Something the form will not submit as it is, at the path of the field it concerns (the API's paths:
 * `customer.idNumber`, `vehicle.options`), as a text key with its values, and optionally the one change that fixes it.
 */
export interface FormProblem {
  readonly path: string;
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly fix?: {
    readonly kind: 'add' | 'remove';
    readonly option: string;
    readonly name: string;
    /** Chosen options that the added one replaces, since they cannot be combined with it. */
    readonly replaces?: readonly string[];
  };
}

/** The form field a path of the API names: each option's own path goes to the options, `body.` is dropped. */
export function fieldOfPath(path: string | null): string {
  if (path === null) return '';
  const withoutBody = path.replace(/^body\./, '');
  if (withoutBody.startsWith('vehicle.options')) return 'vehicle.options';
  if (withoutBody === 'special') return 'special.reason';
  if (withoutBody === 'deposit') return 'deposit.amountCents';
  return withoutBody;
}

/** Problems grouped by the form field they belong to. */
export function problemsByField<T extends { readonly path: string }>(problems: readonly T[]): ReadonlyMap<string, T[]> {
  const byField = new Map<string, T[]>();
  for (const problem of problems) {
    const field = fieldOfPath(problem.path);
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return byField;
}
