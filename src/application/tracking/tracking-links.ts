import { createHmac } from 'node:crypto';
import type { StoredOrder } from '../ports/repositories.js';
import type { TrackingLinkState } from '../ports/tracking-and-webhook-repositories.js';
import type { Hasher } from '../ports/services.js';

/** 18 bytes = 144 bits of the HMAC: far beyond guessing, and 24 URL-safe characters, short enough for a text message. */
export const TRACKING_TOKEN_BYTES = 18;
/** The shape of every token this server hands out; anything else is refused before the database is asked. */
export const TRACKING_TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;
/** The path of the buyer's page; the QR code and the text messages carry it. */
export const TRACKING_PAGE_PATH = '/t/';

/** What presenting an order's link needs: the server's tracking key, the hasher and the public origin. */
export interface TrackingLinkKeys {
  /** Derived from the data key, distinct from the identity-hash key. */
  readonly trackingKey: Buffer;
  readonly hasher: Hasher;
  readonly policies: { readonly publicUrl: string };
}

/**
 * The token of an order's link of one generation: an HMAC of the order id and the generation, so the server can show
 * the link again without storing it, and a re-issue (the next generation) gives an unrelated token.
 */
export function trackingToken(trackingKey: Buffer, orderId: string, generation: number): string {
  return createHmac('sha256', trackingKey)
    .update(`${orderId}:${generation}`, 'utf8')
    .digest()
    .subarray(0, TRACKING_TOKEN_BYTES)
    .toString('base64url');
}

/** The state of a link of `generation`: its token's hash is what the lookup finds. */
export function issuedLink(
  keys: Omit<TrackingLinkKeys, 'policies'>,
  orderId: string,
  generation: number,
): TrackingLinkState {
  return { generation, tokenHash: keys.hasher.secret(trackingToken(keys.trackingKey, orderId, generation)) };
}

/** The absolute URL of a token's page. */
export function trackingUrlOfToken(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${TRACKING_PAGE_PATH}${token}`;
}

/**
 * The order's current tracking URL, or null when it has none (revoked, never issued, or issued under another key:
 * a link is shown only when its token still finds the order).
 */
export function trackingUrlOf(keys: TrackingLinkKeys, order: StoredOrder): string | null {
  const tracking = order.tracking;
  if (tracking === undefined || tracking.tokenHash === null || tracking.generation < 1) return null;
  const token = trackingToken(keys.trackingKey, order.id, tracking.generation);
  if (keys.hasher.secret(token) !== tracking.tokenHash) return null;
  return trackingUrlOfToken(keys.policies.publicUrl, token);
}
