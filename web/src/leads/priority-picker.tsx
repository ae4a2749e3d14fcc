import { PRIORITIES, type Priority } from '../../../src/domain/introduction/needs-profile.js';
import { FieldErrors } from '../components/field.js';
import { useI18n } from '../i18n/i18n-context.js';
import { movePriority, togglePriority } from './priority-order.js';

/**
 * What matters most to the customer, in their order: the named priorities first, numbered, each movable up and down;
 * the others after them, to be named.
 */
export function PriorityPicker({
  value,
  errors,
  onChange,
}: {
  readonly value: readonly Priority[];
  readonly errors: readonly string[];
  readonly onChange: (priorities: Priority[]) => void;
}) {
  const { t } = useI18n();
  const unnamed = PRIORITIES.filter((priority) => !value.includes(priority));
  return (
    <fieldset className="choice-group">
      <legend>{t('leads.priorities')}</legend>
      <p className="muted">{t('leads.prioritiesHint')}</p>
      <ol className="priority-list">
        {[...value, ...unnamed].map((priority) => {
          const rank = value.indexOf(priority);
          const name = t(`leads.priority.${priority}`);
          return (
            <li key={priority} className={rank === -1 ? 'priority-unnamed' : 'priority-named'}>
              <label className="choice">
                <input
                  type="checkbox"
                  name="priorities"
                  value={priority}
                  checked={rank !== -1}
                  onChange={(event) => onChange(togglePriority(value, priority, event.target.checked))}
                />
                <span className="priority-rank" aria-hidden="true">
                  {rank === -1 ? '' : rank + 1}
                </span>
                {name}
              </label>
              {rank !== -1 && (
                <span className="priority-moves">
                  <button
                    type="button"
                    className="button-link"
                    disabled={rank === 0}
                    aria-label={t('leads.moveUp', { priority: name })}
                    onClick={() => onChange(movePriority(value, priority, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    disabled={rank === value.length - 1}
                    aria-label={t('leads.moveDown', { priority: name })}
                    onClick={() => onChange(movePriority(value, priority, 1))}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
