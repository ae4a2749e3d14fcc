import { useState, type FormEvent } from 'react';
import type { Page } from '../api/api-types.js';
import type { ApiLead } from '../api/sales-types.js';
import { PageTitle } from '../components/page-title.js';
import { CursorPager, useCursorPages } from '../components/cursor-pager.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link, useRouter } from '../router/router.js';
import { paths } from '../router/routes.js';
import { can } from '../session/roles.js';
import { useApi, useUser } from '../session/session-context.js';
import { LeadTable } from './lead-table.js';

/** Leads on one page of the list; the server pages with a cursor. */
export const LEAD_PAGE_SIZE = 20;

/** The dealer's leads, newest first, searchable by name or phone and paged; the search lives in the address. */
export function LeadListPage() {
  const { t } = useI18n();
  const user = useUser();
  const { location, navigate } = useRouter();
  const q = location.query.get('q') ?? '';
  return (
    <section>
      <div className="page-heading">
        <PageTitle text={t('leads.title')} />
        {can.workLeads(user) && (
          <Link to={paths.newLead()} className="button-primary">
            {t('leads.new')}
          </Link>
        )}
      </div>
      <LeadSearch
        key={`search:${q}`}
        value={q}
        onApply={(next) =>
          navigate(`${paths.leads()}${next === '' ? '' : `?${new URLSearchParams({ q: next })}`}`, { replace: true })
        }
      />
      <LeadPages key={`pages:${q}`} q={q} />
    </section>
  );
}

function LeadSearch({ value, onApply }: { readonly value: string; readonly onApply: (q: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft.trim());
  }
  return (
    <form className="filters" role="search" onSubmit={submit}>
      <label>
        <span>{t('leads.search')}</span>
        <input
          type="search"
          name="q"
          value={draft}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit" className="button-secondary">
        {t('orders.apply')}
      </button>
    </form>
  );
}

/** The pages of one search, newest first. */
function LeadPages({ q }: { readonly q: string }) {
  const { t } = useI18n();
  const api = useApi();
  const pages = useCursorPages();
  const { cursor } = pages;
  const page = useRequest(() => api.get<Page<ApiLead>>('/leads', { q, limit: LEAD_PAGE_SIZE, cursor }), [api, cursor]);
  return (
    <RequestView state={page} onRetry={page.reload}>
      {(data) => (
        <>
          {data.items.length === 0 ? <p className="muted">{t('leads.empty')}</p> : <LeadTable leads={data.items} />}
          <CursorPager pages={pages} nextCursor={data.nextCursor} />
        </>
      )}
    </RequestView>
  );
}
