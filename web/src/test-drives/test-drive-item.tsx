import { useState } from 'react';
import type { ApiLead, ApiTestDrive } from '../api/sales-types.js';
import { ActionError } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { useCarName } from './car-name.js';
import { driveActions } from './drive-actions.js';
import { FeedbackForm } from './feedback-form.js';
import { RescheduleForm } from './reschedule-form.js';
import { driveTime } from './showroom-time.js';

/** One test drive of the lead: car, time and status, its feedback once given, and what can be done with it. */
export function TestDriveItem({
  lead,
  drive,
  canChange,
  onChanged,
}: {
  readonly lead: ApiLead;
  readonly drive: ApiTestDrive;
  readonly canChange: boolean;
  readonly onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const api = useApi();
  const carName = useCarName();
  const cancel = useAction();
  const [moving, setMoving] = useState(false);
  const actions = driveActions(drive, new Date());
  const when = driveTime(drive.startsAt, language);
  return (
    <article className="drive" aria-label={t('drives.itemLabel', { when })}>
      <p className="drive-heading">
        <strong>{when}</strong>{' '}
        <span className={`badge badge-drive-${drive.status}`}>{t(`drives.status.${drive.status}`)}</span>
      </p>
      <p className="muted">{drive.car ? carName(drive.car) : drive.carId}</p>
      {drive.feedback && (
        <dl className="details feedback-details">
          <div>
            <dt>{t('feedback.liked')}</dt>
            <dd>{drive.feedback.liked.join('; ') || t('order.none')}</dd>
          </div>
          <div>
            <dt>{t('feedback.concerns')}</dt>
            <dd>{drive.feedback.concerns.join('; ') || t('order.none')}</dd>
          </div>
          <div>
            <dt>{t('feedback.nextStep')}</dt>
            <dd>{t(`feedback.next.${drive.feedback.nextStep}`)}</dd>
          </div>
        </dl>
      )}
      {canChange && actions.feedback && <FeedbackForm drive={drive} onGiven={onChanged} />}
      {canChange && (actions.reschedule || actions.cancel) && (
        <div className="button-row">
          {actions.reschedule && (
            <button type="button" className="button-secondary" onClick={() => setMoving((open) => !open)}>
              {t('drives.reschedule')}
            </button>
          )}
          {actions.cancel && (
            <button
              type="button"
              className="button-secondary"
              disabled={cancel.pending}
              onClick={() =>
                void cancel
                  .run(() => api.post<ApiTestDrive>(`/test-drives/${encodeURIComponent(drive.id)}/cancel`))
                  .then((cancelled) => {
                    if (cancelled) onChanged();
                  })
              }
            >
              {t('drives.cancel')}
            </button>
          )}
        </div>
      )}
      <ActionError error={cancel.error} />
      {moving && (
        <RescheduleForm
          lead={lead}
          drive={drive}
          onMoved={() => {
            setMoving(false);
            onChanged();
          }}
        />
      )}
    </article>
  );
}
