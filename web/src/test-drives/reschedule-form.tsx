import { useState, type FormEvent } from 'react';
import { fieldErrorsByPath } from '../api/api-error.js';
import type { ApiLead, ApiTestDrive } from '../api/sales-types.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { showroomToday } from './showroom-time.js';
import { SlotPicker } from './slot-picker.js';

/** Moves a booked drive to another free time of the same car; the old time is freed. */
export function RescheduleForm({
  lead,
  drive,
  onMoved,
}: {
  readonly lead: ApiLead;
  readonly drive: ApiTestDrive;
  readonly onMoved: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [date, setDate] = useState(() => showroomToday(new Date(drive.startsAt)));
  const [startsAt, setStartsAt] = useState('');
  const [refreshes, setRefreshes] = useState(0);
  const errors = fieldErrorsByPath(action.error?.errors ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (startsAt === '') return;
    void action
      .run(() =>
        api.patch<ApiTestDrive>(
          `/test-drives/${encodeURIComponent(drive.id)}`,
          { startsAt },
          { 'If-Match': String(drive.version) },
        ),
      )
      .then((moved) => {
        setRefreshes((count) => count + 1);
        if (moved) onMoved();
      });
  }

  return (
    <form className="reschedule-form" onSubmit={submit} noValidate>
      <SlotPicker
        carId={drive.carId}
        salespersonId={lead.salespersonId}
        date={date}
        onDateChange={(next) => {
          setDate(next);
          setStartsAt('');
        }}
        value={startsAt}
        onChange={setStartsAt}
        errors={errors.get('startsAt') ?? []}
        refreshes={refreshes}
      />
      <button type="submit" className="button-primary" disabled={action.pending || startsAt === ''}>
        {t('drives.move')}
      </button>
      {!errors.has('startsAt') && <ActionError error={action.error} />}
    </form>
  );
}
