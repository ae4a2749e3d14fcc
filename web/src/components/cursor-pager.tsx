import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * The pages of one list the server pages with a cursor: the cursors seen so far make Previous work without the
 * server keeping state. `cursor` is the one to ask for now (null: the first page).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<readonly (string | null)[]>([null]);
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    pageNumber: cursors.length,
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    next: (nextCursor: string) => setCursors((list) => [...list, nextCursor]),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/** Previous / page N / Next under a list. */
export function CursorPager({ pages, nextCursor }: { pages: CursorPages; nextCursor: string | null }) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('orders.pageOf', { page: pages.pageNumber })}>
      <button type="button" className="button-secondary" disabled={pages.pageNumber === 1} onClick={pages.previous}>
        {t('orders.previous')}
      </button>
      <span>{t('orders.pageOf', { page: pages.pageNumber })}</span>
      <button
        type="button"
        className="button-secondary"
        disabled={nextCursor === null}
        onClick={() => nextCursor !== null && pages.next(nextCursor)}
      >
        {t('orders.next')}
      </button>
    </nav>
  );
}
