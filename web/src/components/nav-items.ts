import type { User } from '../api/api-types.js';
import type { MessageKey } from '../i18n/messages-en.js';
import { paths } from '../router/routes.js';
import { can } from '../session/roles.js';

export interface NavItem {
  readonly key: MessageKey;
  readonly path: string;
}

/** The sections a user's role may open, in the order of their working day. */
export function navItems(user: User): readonly NavItem[] {
  const items: NavItem[] = [];
  if (can.review(user)) items.push({ key: 'nav.reviews', path: paths.reviews() });
  if (can.workLeads(user)) items.push({ key: 'nav.leads', path: paths.leads() });
  items.push({ key: 'nav.orders', path: paths.orders() });
  if (can.submitOrders(user)) items.push({ key: 'nav.newOrder', path: paths.newOrder() });
  if (can.manageDemoCars(user)) items.push({ key: 'nav.demoCars', path: paths.demoCars() });
  if (can.readSupply(user)) {
    items.push({ key: 'nav.quotas', path: paths.quotas() }, { key: 'nav.materials', path: paths.materials() });
    items.push({ key: 'nav.production', path: paths.production() });
  }
  items.push({ key: 'nav.prices', path: paths.prices() });
  if (can.readReports(user)) items.push({ key: 'nav.reports', path: paths.reports() });
  if (can.readFunnel(user)) items.push({ key: 'nav.funnel', path: paths.funnel() });
  return items;
}

/** Where a user starts: the queue for the order desk, the quota board for planners, the orders for everyone else. */
export function homePath(user: User): string {
  if (user.role === 'oem_reviewer') return paths.reviews();
  if (user.role === 'oem_allocation') return paths.quotas();
  return paths.orders();
}
