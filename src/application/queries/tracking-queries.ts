import { findModel, findTrim } from '../../domain/catalog/catalog-lookup.js';
import { DEFAULT_DISPLAY_TIME_ZONE } from '../../domain/notification/display-dates.js';
import type { Language } from '../../domain/order/order-types.js';
import { trackingView, type TrackingView } from '../../domain/tracking/tracking-view.js';
import { notFound } from '../application-error.js';
import type { StoredOrder, UnitOfWork } from '../ports/repositories.js';
import type { Hasher } from '../ports/services.js';
import type { Services } from '../services.js';
import { TRACKING_TOKEN_PATTERN } from '../tracking/tracking-links.js';

/** What the buyer's page and its JSON show, with the history's last event for a live stream to continue from. */
export interface TrackingSnapshot {
  readonly orderId: string;
  readonly view: TrackingView;
  /** The seq of the newest event the view includes: a live stream started after it misses nothing. */
  readonly lastEventSeq: number;
  /** The zone of the order's region: the page shows times as the buyer's clock reads them. */
  readonly timeZone: string;
}

/** The same answer for a token that never existed and one that was revoked: neither says whether an order exists. */
const unknownLink = () => notFound('Tracking link');

/** The hash a token is looked up by, or null for a string no token of ours can be (refused without a query). */
export function trackingTokenHash(hasher: Hasher, token: string): string | null {
  return TRACKING_TOKEN_PATTERN.test(token) ? hasher.secret(token) : null;
}

/** The order a tracking token opens; not_found for an unknown or revoked token. */
export async function findTrackedOrder(unit: UnitOfWork, hasher: Hasher, token: string): Promise<StoredOrder> {
  const hash = trackingTokenHash(hasher, token);
  if (hash === null) throw unknownLink();
  const orderId = await unit.trackingLinks.findOrderId(hash);
  const order = orderId === null ? null : await unit.orders.findById(orderId);
  if (order === null || order.tracking?.tokenHash !== hash) throw unknownLink();
  return order;
}

/** Whether a token still opens the order (it may have been re-issued or revoked since a stream began). */
export async function tokenStillOpens(unit: UnitOfWork, hasher: Hasher, token: string, orderId: string) {
  const hash = trackingTokenHash(hasher, token);
  return hash !== null && (await unit.trackingLinks.findOrderId(hash)) === orderId;
}

/** The masked view behind a tracking link, in one language. */
export async function trackingSnapshot(
  services: Services,
  token: string,
  language: Language,
): Promise<TrackingSnapshot> {
  const unit = services.runner.read;
  const order = await findTrackedOrder(unit, services.hasher, token);
  const events = await unit.orders.events(order.id);
  const [catalog, dealer, region] = await Promise.all([
    services.reference.catalog(),
    services.reference.dealer(order.dealerCode),
    services.reference.region(order.region),
  ]);
  if (dealer === undefined) throw new Error(`order ${order.orderNo} names the unknown dealer ${order.dealerCode}`);
  const timeZone = region?.timeZone ?? DEFAULT_DISPLAY_TIME_ZONE;
  const model = findModel(catalog, order.vehicle.model);
  const trim = model === undefined ? undefined : findTrim(model, order.vehicle.trim);
  const shortParts = (order.verification?.checks ?? []).flatMap((line) =>
    typeof line.details?.part === 'string' ? [line.details.part] : [],
  );
  const parts = shortParts.length === 0 ? [] : await unit.parts.findMany(shortParts);
  const view = trackingView(
    {
      order,
      dealer,
      modelName: model?.name ?? order.vehicle.model,
      trimName: trim?.name ?? order.vehicle.trim,
      events,
      optionNames: Object.fromEntries((model?.options ?? []).map((option) => [option.code, option.name])),
      partNames: Object.fromEntries(parts.map((part) => [part.code, part.name])),
      timeZone,
    },
    language,
  );
  return { orderId: order.id, view, lastEventSeq: events.at(-1)?.seq ?? 0, timeZone };
}
