import { useMemo } from 'react';
import type { ApiLead } from '../api/sales-types.js';
import { PageTitle } from '../components/page-title.js';
import { ErrorNotice } from '../components/request-view.js';
import { useAction } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useRouter } from '../router/router.js';
import { paths } from '../router/routes.js';
import { useApi } from '../session/session-context.js';
import { createLeadBody, emptyLeadDraft } from './lead-draft.js';
import { LeadForm } from './lead-form.js';

/** A salesperson records a customer and their needs; the lead's page then introduces the cars that fit. */
export function NewLeadPage() {
  const { t } = useI18n();
  const api = useApi();
  const { navigate } = useRouter();
  const action = useAction();
  const initial = useMemo(emptyLeadDraft, []);
  const errors = action.error?.errors ?? [];
  return (
    <section>
      <PageTitle text={t('leads.newTitle')} />
      {action.error !== null && errors.length === 0 && <ErrorNotice error={action.error} />}
      <LeadForm
        initial={initial}
        serverErrors={errors}
        pending={action.pending}
        submitLabel={t('leads.create')}
        onSubmit={(draft) => {
          void action
            .run(() => api.post<ApiLead>('/leads', createLeadBody(draft)))
            .then((lead) => {
              if (lead) navigate(paths.lead(lead.id));
            });
        }}
      />
    </section>
  );
}
