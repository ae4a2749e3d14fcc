import type { OrderStatus } from '../api/api-types.js';
import { useI18n } from '../i18n/i18n-context.js';

/** An order's status as a coloured word; the colour only repeats what the word says. */
export function StatusBadge({ status }: { readonly status: OrderStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
