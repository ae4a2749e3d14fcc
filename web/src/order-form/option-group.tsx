import type { MessageKey } from '../i18n/messages-en.js';
import { useI18n } from '../i18n/i18n-context.js';
import { isMessageKey } from '../i18n/translate.js';
import type { OptionGroup as Group } from './configuration-choices.js';

/**
 * One category of options: radio buttons for paint and interior (exactly one of each), check boxes for the rest.
 * An option the trim does not carry or the plant no longer builds is shown with the reason and cannot be chosen;
 * if it is chosen already (an order being fixed), it can still be removed.
 */
export function OptionGroup({
  group,
  onChange,
}: {
  readonly group: Group;
  readonly onChange: (code: string, chosen: boolean) => void;
}) {
  const { t, money } = useI18n();
  const categoryKey = `form.category.${group.category}`;
  const legend = t(isMessageKey(categoryKey) ? categoryKey : 'form.category.other');
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <ul className="option-list">
        {group.choices.map(({ option, chosen, unavailable }) => {
          const reasonKey: MessageKey | null =
            unavailable === 'not_on_trim'
              ? 'form.optionNotOnTrim'
              : unavailable === 'not_in_production'
                ? 'form.optionNotInProduction'
                : null;
          return (
            <li key={option.code} className={unavailable ? 'option-unavailable' : ''}>
              <label>
                <input
                  type={group.exclusive ? 'radio' : 'checkbox'}
                  name={group.exclusive ? `option-${group.category}` : option.code}
                  value={option.code}
                  checked={chosen}
                  disabled={unavailable !== null && !chosen}
                  onChange={(event) => onChange(option.code, group.exclusive ? true : event.target.checked)}
                />
                <span className="option-name">{option.name}</span>
                <span className="option-price">
                  {option.priceCents === 0 ? t('form.included') : `+ ${money(option.priceCents)}`}
                </span>
                {reasonKey && <small className="option-note">{t(reasonKey)}</small>}
                {option.special && <small className="option-note option-special">{t('form.optionSpecial')}</small>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
