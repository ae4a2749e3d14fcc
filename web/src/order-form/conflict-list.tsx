import { useI18n } from '../i18n/i18n-context.js';
import type { FormProblem } from './form-problem.js';
import { problemText } from './problem-text.js';

/** What keeps the configuration from being built, each with the one-click change that fixes it where there is one. */
export function ConflictList({
  problems,
  onFix,
}: {
  readonly problems: readonly FormProblem[];
  readonly onFix: (fix: NonNullable<FormProblem['fix']>) => void;
}) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="conflicts" role="alert" aria-invalid="true">
      <strong>{t('form.conflicts')}</strong>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.key}-${problem.path}-${index}`}>
            <span>{problemText(t, problem)}</span>
            {problem.fix && (
              <button type="button" className="button-link" onClick={() => problem.fix && onFix(problem.fix)}>
                {problem.fix.kind === 'add'
                  ? t('form.addOption', { option: problem.fix.name })
                  : t('form.removeOption', { option: problem.fix.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
