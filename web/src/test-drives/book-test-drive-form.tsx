import { useState, type FormEvent } from 'react';
import { fieldErrorsByPath } from '../api/api-error.js';
import type { ApiDemoCar, ApiLead, ApiTestDrive } from '../api/sales-types.js';
import { Field } from '../components/field.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { useCarName } from './car-name.js';
import { showroomToday } from './showroom-time.js';
import { SlotPicker } from './slot-picker.js';

/** Books a demo car for the lead at a free time of the car and of the lead's salesperson. */
export function BookTestDriveForm({
  lead,
  cars,
  onBooked,
}: {
  readonly lead: ApiLead;
  readonly cars: readonly ApiDemoCar[];
  readonly onBooked: (drive: ApiTestDrive) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const carName = useCarName();
  const action = useAction();
  const available = cars.filter((car) => car.available);
  const [carId, setCarId] = useState(available[0]?.id ?? '');
  const [date, setDate] = useState(() => showroomToday(new Date()));
  const [startsAt, setStartsAt] = useState('');
  const [refreshes, setRefreshes] = useState(0);
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsByPath(action.error?.errors ?? []);
  if (available.length === 0) return <p className="muted">{t('drives.noCars')}</p>;

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(startsAt === '');
    if (startsAt === '') return;
    void action
      .run(() => api.post<ApiTestDrive>('/test-drives', { leadId: lead.id, carId, startsAt }))
      .then((drive) => {
        setStartsAt('');
        setRefreshes((count) => count + 1);
        if (drive) onBooked(drive);
      });
  }

  return (
    <form className="book-form" onSubmit={submit} noValidate>
      <h3>{t('drives.book')}</h3>
      <Field label={t('drives.car')} errors={errors.get('carId') ?? []}>
        {(control) => (
          <select
            {...control}
            value={carId}
            onChange={(event) => {
              setCarId(event.target.value);
              setStartsAt('');
            }}
          >
            {available.map((car) => (
              <option key={car.id} value={car.id}>
                {carName(car)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SlotPicker
        carId={carId}
        salespersonId={lead.salespersonId}
        date={date}
        onDateChange={(next) => {
          setDate(next);
          setStartsAt('');
        }}
        value={startsAt}
        onChange={(start) => {
          setStartsAt(start);
          setMissing(false);
        }}
        errors={[...(missing ? [t('drives.chooseTime')] : []), ...(errors.get('startsAt') ?? [])]}
        refreshes={refreshes}
      />
      <button type="submit" className="button-primary" disabled={action.pending}>
        {t('drives.bookButton')}
      </button>
      {!errors.has('startsAt') && <ActionError error={action.error} />}
    </form>
  );
}
