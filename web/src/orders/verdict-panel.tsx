import type { ApiOrder, CheckLine } from '../api/api-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { isMessageKey } from '../i18n/translate.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';
import { checkLineText } from './check-line-text.js';

const CHECK_ORDER = ['completeness', 'buildability', 'quota', 'materials', 'special'] as const;

/** The verdict in one sentence, then every check's lines in plain words. */
export function VerdictPanel({ order }: { readonly order: ApiOrder }) {
  const { t, money, dateTime, date } = useI18n();
  const catalog = useCatalogIfLoaded();
  const model = catalog?.models.find((candidate) => candidate.code === order.vehicle.model);
  const verification = order.verification;
  const summaryKey = `verdict.${verification?.decision ?? ''}`;
  return (
    <section className={`card verdict verdict-${order.status}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('order.verdict')}</h2>
      {verification === null ? (
        <p>{t('order.noVerdict')}</p>
      ) : (
        <>
          <p className="verdict-summary" data-testid="verdict-summary">
            {isMessageKey(summaryKey) ? t(summaryKey) : verification.decision}
          </p>
          <p className="muted">
            {t('order.verdictBy', { by: verification.decidedBy, at: dateTime(verification.decidedAt) })}
          </p>
          <ul className="check-list">
            {CHECK_ORDER.map((check) => {
              const lines = verification.checks.filter((line) => line.check === check);
              if (lines.length === 0) return null;
              return (
                <li key={check} className={`check check-${worstResult(lines)}`}>
                  <span className="check-name">{t(`check.${check}`)}</span>
                  <span className={`check-result result-${worstResult(lines)}`}>
                    {t(`result.${worstResult(lines)}`)}
                  </span>
                  <ul>
                    {lines.map((line, index) => (
                      <li key={`${line.code}-${index}`}>{checkLineText(line, { order, model, money, date }, t)}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

const SEVERITY: Readonly<Record<CheckLine['result'], number>> = { pass: 0, review: 1, hold: 2, fail: 3 };

function worstResult(lines: readonly CheckLine[]): CheckLine['result'] {
  return lines.reduce<CheckLine['result']>(
    (worst, line) => (SEVERITY[line.result] > SEVERITY[worst] ? line.result : worst),
    'pass',
  );
}
