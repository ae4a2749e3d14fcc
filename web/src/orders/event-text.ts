import type { ApiOrderEvent } from '../api/api-types.js';
import { isMessageKey } from '../i18n/translate.js';
import type { Translate } from './check-line-text.js';

/** An event of the order's history in words: what happened, and the facts its data holds (reason, findings). */
export function eventText(event: ApiOrderEvent, t: Translate): { readonly title: string; readonly details: string[] } {
  const key = `event.${event.type}`;
  const changed = Array.isArray(event.data.changed) ? event.data.changed.join(', ') : '';
  const title = isMessageKey(key) ? t(key, { changed }) : event.type.replaceAll('_', ' ');
  const details: string[] = [];
  if (typeof event.data.reason === 'string' && event.data.reason !== '') {
    details.push(t('event.reason', { reason: event.data.reason }));
  }
  if (Array.isArray(event.data.codes) && event.data.codes.length > 0) {
    details.push(t('event.codes', { codes: event.data.codes.join(', ') }));
  }
  return { title, details };
}
