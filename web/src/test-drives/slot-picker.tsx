import { useId } from 'react';
import type { ApiOpenSlots } from '../api/sales-types.js';
import { FieldErrors } from '../components/field.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { slotTime } from './showroom-time.js';

/**
 * The free starts of a demo car on a day, from the server (which leaves out the times the car, and the salesperson
 * if named, are busy, with the buffer between drives), as one radio button each.
 */
export function SlotPicker({
  carId,
  salespersonId,
  date,
  onDateChange,
  value,
  onChange,
  errors,
  refreshes,
}: {
  readonly carId: string;
  readonly salespersonId: string | null;
  readonly date: string;
  readonly onDateChange: (date: string) => void;
  readonly value: string;
  readonly onChange: (startsAt: string) => void;
  readonly errors: readonly string[];
  /** Counts up to read the slots again (after a booking was refused because the time was taken meanwhile). */
  readonly refreshes: number;
}) {
  const { t, language } = useI18n();
  const api = useApi();
  const dateId = useId();
  const slots = useRequest(
    () =>
      api.get<ApiOpenSlots>(`/demo-cars/${encodeURIComponent(carId)}/slots`, {
        date,
        salespersonId: salespersonId ?? undefined,
      }),
    [api, carId, date, salespersonId, refreshes],
  );
  return (
    <div className="slot-picker">
      <div className="field">
        <label htmlFor={dateId}>{t('drives.date')}</label>
        <input
          id={dateId}
          type="date"
          value={date}
          required
          onChange={(event) => {
            if (event.target.value !== '') onDateChange(event.target.value);
          }}
        />
      </div>
      {date !== '' && (
        <RequestView state={slots} onRetry={slots.reload}>
          {(data) => (
            <fieldset className="choice-group">
              <legend>{t('drives.freeTimes')}</legend>
              {data.starts.length === 0 ? (
                <p className="muted">{t('drives.noFreeTime')}</p>
              ) : (
                <div className="slot-grid">
                  {data.starts.map((start) => (
                    <label key={start} className={`slot ${value === start ? 'slot-chosen' : ''}`}>
                      <input
                        type="radio"
                        name={`slot-${carId}`}
                        value={start}
                        checked={value === start}
                        onChange={() => onChange(start)}
                      />
                      {slotTime(start, language, data.timeZone)}
                    </label>
                  ))}
                </div>
              )}
              <FieldErrors errors={errors} />
            </fieldset>
          )}
        </RequestView>
      )}
    </div>
  );
}
