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
