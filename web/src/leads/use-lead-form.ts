import { useMemo, useState } from 'react';
import type { FieldError } from '../api/api-error.js';
import { useI18n } from '../i18n/i18n-context.js';
import { fieldOfPath } from '../order-form/form-problem.js';
import { problemsVisible } from '../order-form/live-visibility.js';
import { problemText } from '../order-form/problem-text.js';
import { leadDraftProblems, type LeadDraft } from './lead-draft.js';

/** The field a path names: each usage or priority of a list goes to its list. */
export function leadFieldOf(path: string | null): string {
  return fieldOfPath(path).replace(/^(usage|priorities)\.\d+$/, '$1');
}

export interface LeadFormModel {
  readonly draft: LeadDraft;
  readonly problemCount: number;
  readonly submitted: boolean;
  /** The texts to show under a field: its own problems once left or submitted, and the server's until changed. */
  errors(field: string): string[];
  set<K extends keyof LeadDraft>(field: K, value: LeadDraft[K], path?: string): void;
  touch(field: string): void;
  /** Marks the form submitted; true when there is nothing left to fix. */
  trySubmit(): boolean;
}

/** The lead form's state and rules; the components only show it. */
export function useLeadForm(initial: LeadDraft, serverErrors: readonly FieldError[]): LeadFormModel {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const problems = useMemo(() => leadDraftProblems(draft), [draft]);
  return {
    draft,
    problemCount: problems.length,
    submitted,
    errors(field) {
      const own = problemsVisible(field, '', { touched, submitted })
        ? problems.filter((problem) => leadFieldOf(problem.path) === field).map((problem) => problemText(t, problem))
        : [];
      const server = changed.has(field)
        ? []
        : serverErrors.filter((error) => leadFieldOf(error.path) === field).map((error) => error.message);
      return [...own, ...server];
    },
    set(field, value, path = field) {
      setDraft((current) => ({ ...current, [field]: value }));
      setChanged((fields) => new Set(fields).add(path));
    },
    touch(field) {
      setTouched((fields) => (fields.has(field) ? fields : new Set(fields).add(field)));
    },
    trySubmit() {
      setSubmitted(true);
      setChanged(new Set());
      return problems.length === 0;
    },
  };
}
