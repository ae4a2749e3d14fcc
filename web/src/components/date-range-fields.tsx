import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** A period's two date inputs (from, to), as the report, funnel and schedule filters ask for them. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export function DateRangeFields({
  value,
  onChange,
  fromLabel,
  toLabel,
}: {
  readonly value: DateRange;
  readonly onChange: (range: DateRange) => void;
  readonly fromLabel: string;
  readonly toLabel: string;
}) {
  return (
    <>
      <label>
        <span>{fromLabel}</span>
        <input type="date" value={value.from} onChange={(event) => onChange({ ...value, from: event.target.value })} />
      </label>
      <label>
        <span>{toLabel}</span>
        <input type="date" value={value.to} onChange={(event) => onChange({ ...value, to: event.target.value })} />
      </label>
    </>
  );
}

/**
 * A report's filter: a period, the report's own fields (`children`), and the button that shows the report for them.
 * Nothing is asked for until the button is pressed, so a half-typed date never sends a request.
 */
export function PeriodFilterForm<Filter extends DateRange>({
  value,
  onChange,
  onShow,
  children,
}: {
  readonly value: Filter;
  readonly onChange: (filter: Filter) => void;
  readonly onShow: () => void;
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  function submit(event: FormEvent) {
    event.preventDefault();
    onShow();
  }
  return (
    <form className="filters" onSubmit={submit}>
      <DateRangeFields
        value={value}
        onChange={(range) => onChange({ ...value, ...range })}
        fromLabel={t('reports.from')}
        toLabel={t('reports.to')}
      />
      {children}
      <button type="submit" className="button-secondary">
        {t('reports.show')}
      </button>
    </form>
  );
}
