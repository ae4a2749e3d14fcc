/**
 * The state of an order's tracking link. The token itself is never stored: it is derived from the order id and the
 * generation with the server's tracking key, and only its hash is kept, for the lookup.
 */
export interface TrackingLinkState {
  /** 1 for the link issued at submission; each re-issue adds one. 0: no link was ever issued. */
  readonly generation: number;
  /** Hash of the current token; null when the link was revoked (or never issued). */
  readonly tokenHash: string | null;
}

export interface TrackingLinkRepository {
  /** The id of the order whose current token has this hash, or null (unknown or revoked token). */
  findOrderId(tokenHash: string): Promise<string | null>;
  /** Makes `generation` the order's link, with its token's hash; null revokes the link and issues none. */
  set(orderId: string, generation: number, tokenHash: string | null): Promise<void>;
}

/** A dealer's webhook: its DMS is told of every status change of the dealer's orders. */
export interface DealerWebhook {
  readonly dealerCode: string;
  readonly url: string;
  /** Signs each call (HMAC-SHA256 over the body); the dealer's DMS checks it. */
  readonly secret: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface WebhookRepository {
  find(dealerCode: string): Promise<DealerWebhook | null>;
  /** Registers the webhook, or replaces the dealer's one (keeping its creation time). */
  upsert(webhook: DealerWebhook): Promise<void>;
  /** False when the dealer had none. */
  remove(dealerCode: string): Promise<boolean>;
}
