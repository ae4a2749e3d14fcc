import { useEffect, useRef, useState } from 'react';
import type { ApiOrder } from '../api/api-types.js';
import { PageTitle } from '../components/page-title.js';
import { RequestView } from '../components/request-view.js';
import { useRequest } from '../components/use-request.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useApi } from '../session/session-context.js';
import { ReviewItemCard, type ReviewItemHandle } from './review-item-card.js';
import { moveWithin, reviewItems, type ReviewItem } from './review-items.js';

/** The most orders the queue shows at once; the oldest come first, so the rest wait their turn. */
const REVIEW_PAGE_SIZE = 50;

/** The order desk's queue of manual-review orders, oldest first, decided by mouse or keyboard. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const api = useApi();
  const queue = useRequest(async () => reviewItems(await api.get('/reviews', { limit: REVIEW_PAGE_SIZE })), [api]);
  return (
    <section>
      <PageTitle text={t('review.title')} />
      <p className="muted">{t('review.intro')}</p>
      <RequestView state={queue} onRetry={queue.reload}>
        {(items) => <ReviewQueue initial={items} />}
      </RequestView>
    </section>
  );
}

/** Keys that act on the current order unless the user is typing. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function ReviewQueue({ initial }: { readonly initial: readonly ReviewItem[] }) {
  const { t } = useI18n();
  const [items, setItems] = useState(initial);
  const [current, setCurrent] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const cards = useRef(new Map<string, ReviewItemHandle>());

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const item = items[current];
      const move = (step: number) => {
        const next = moveWithin(current, step, items.length);
        setCurrent(next);
        const id = items[next]?.order.id;
        if (id !== undefined) cards.current.get(id)?.focus();
      };
      const key = event.key.toLowerCase();
      if (key === 'j') move(1);
      else if (key === 'k') move(-1);
      else if (key === 'a' && item) cards.current.get(item.order.id)?.decide('approve');
      else if (key === 'r' && item) cards.current.get(item.order.id)?.decide('reject');
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, current]);

  const focusNext = useRef(false);
  useEffect(() => {
    // The decided card is gone and the focus with it: the next order takes it, so the keys keep working.
    if (!focusNext.current) return;
    focusNext.current = false;
    const id = items[current]?.order.id;
    if (id !== undefined) cards.current.get(id)?.focus();
  }, [items, current]);

  function decided(order: ApiOrder) {
    setAnnouncement(t('review.decided', { orderNo: order.orderNo, status: t(`status.${order.status}`) }));
    setItems((list) => list.filter((item) => item.order.id !== order.id));
    setCurrent((index) => moveWithin(index, 0, items.length - 1));
    focusNext.current = true;
  }

  return (
    <>
      <p className={announcement ? 'notice notice-success' : 'visually-hidden'} role="status" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 ? (
        <p className="muted">{t('review.empty')}</p>
      ) : (
        <div className="review-list">
          {items.map((item, index) => (
            <ReviewItemCard
              key={item.order.id}
              ref={(handle) => {
                if (handle) cards.current.set(item.order.id, handle);
                else cards.current.delete(item.order.id);
              }}
              item={item}
              current={index === current}
              onFocus={() => setCurrent(index)}
              onDecided={decided}
            />
          ))}
        </div>
      )}
    </>
  );
}
