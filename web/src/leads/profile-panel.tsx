import { useMemo, useState } from 'react';
import type { ApiLead } from '../api/sales-types.js';
import { SaveNotices } from '../components/save-notices.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { draftFromLead, patchLeadBody } from './lead-draft.js';
import { LeadForm } from './lead-form.js';
import { useNeedsSummary } from './needs-summary.js';

/** The lead's contact and needs as stored, and the form to change them (the stored version guards the change). */
export function ProfilePanel({
  lead,
  editable,
  onSaved,
}: {
  readonly lead: ApiLead;
  readonly editable: boolean;
  readonly onSaved: () => void;
}) {
  const { t, dateTime } = useI18n();
  const api = useApi();
  const summary = useNeedsSummary();
  const [editing, setEditing] = useState(false);
  const [nothingChanged, setNothingChanged] = useState(false);
  const action = useAction();
  const initial = useMemo(() => draftFromLead(lead), [lead]);
  const needs = summary(lead);
  if (editing) {
    return (
      <section aria-label={t('leads.profile')}>
        <SaveNotices
          error={action.error}
          nothingChanged={nothingChanged}
          staleText={t('leads.stale')}
          reloadLabel={t('leads.reload')}
          onReload={onSaved}
        />
        <LeadForm
          initial={initial}
          serverErrors={action.error?.errors ?? []}
          pending={action.pending}
          submitLabel={t('leads.save')}
          onCancel={() => setEditing(false)}
          onSubmit={(draft) => {
            const body = patchLeadBody(lead, draft);
            setNothingChanged(body === null);
            if (body === null) return;
            void action
              .run(() =>
                api.patch<ApiLead>(`/leads/${encodeURIComponent(lead.id)}`, body, {
                  'If-Match': String(lead.version),
                }),
              )
              .then((saved) => {
                if (saved) onSaved();
              });
          }}
        />
      </section>
    );
  }
  const none = t('order.none');
  const rows: [string, string][] = [
    [t('form.phone'), lead.phone ?? t('leads.noPhone')],
    [
      t('leads.consentLabel'),
      lead.contactConsent && lead.consentAt
        ? t('leads.consentGiven', { at: dateTime(lead.consentAt) })
        : t('leads.noConsent'),
    ],
    [t('form.customerLanguage'), lead.language === 'en' ? 'English' : '中文'],
    [t('leads.created'), dateTime(lead.createdAt)],
  ];
  return (
    <section className="card" aria-labelledby="lead-profile-heading">
      <div className="card-heading">
        <h2 id="lead-profile-heading">{t('leads.profile')}</h2>
        {editable && (
          <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
            {t('leads.edit')}
          </button>
        )}
      </div>
      <dl className="details details-inline">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('leads.needs')}</h3>
      {needs.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul className="need-tags" data-testid="lead-needs">
          {needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
