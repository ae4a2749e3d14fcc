import {
  MAX_FEEDBACK_ITEM_LENGTH,
  MAX_FEEDBACK_ITEMS,
  NEXT_STEPS,
  type NextStep,
} from '../../../src/domain/test-drive/test-drive.js';
import type { FormProblem } from '../order-form/form-problem.js';

/** The short form after the drive, as typed: one thing liked or one concern per line. */
export interface FeedbackDraft {
  readonly liked: string;
  readonly concerns: string;
  readonly nextStep: NextStep | '';
}

export interface FeedbackBody {
  readonly liked: readonly string[];
  readonly concerns: readonly string[];
  readonly nextStep: NextStep;
}

export const EMPTY_FEEDBACK: FeedbackDraft = { liked: '', concerns: '', nextStep: '' };

/** The lines of a text box that say something, trimmed. */
export function feedbackLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function listProblems(field: 'liked' | 'concerns', lines: readonly string[]): FormProblem[] {
  const problems: FormProblem[] = [];
  if (lines.length > MAX_FEEDBACK_ITEMS) {
    problems.push({ path: field, key: 'problem.feedback_too_many', params: { max: MAX_FEEDBACK_ITEMS } });
  }
  lines.forEach((line, index) => {
    if (Array.from(line).length > MAX_FEEDBACK_ITEM_LENGTH) {
      const params = { line: index + 1, max: MAX_FEEDBACK_ITEM_LENGTH };
      problems.push({ path: `${field}.${index}`, key: 'problem.feedback_too_long', params });
    }
  });
  return problems;
}

/** The feedback to send, or the problems that keep it from being sent: the server's limits, and a next step. */
export function feedbackBody(
  draft: FeedbackDraft,
): { readonly body: FeedbackBody; readonly problems: readonly [] } | { readonly problems: FormProblem[] } {
  const liked = feedbackLines(draft.liked);
  const concerns = feedbackLines(draft.concerns);
  const problems = [...listProblems('liked', liked), ...listProblems('concerns', concerns)];
  const nextStep = NEXT_STEPS.find((step) => step === draft.nextStep);
  if (nextStep === undefined) problems.push({ path: 'nextStep', key: 'problem.next_step_missing' });
  if (problems.length > 0 || nextStep === undefined) return { problems };
  return { body: { liked, concerns, nextStep }, problems: [] };
}
