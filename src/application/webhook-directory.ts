import type { DealerWebhook } from './ports/tracking-and-webhook-repositories.js';

/** How long a dealer's webhook registration is trusted before it is read again. */
export const DEFAULT_WEBHOOK_MAX_AGE_MS = 1_000;

/** Dealers remembered at most: one entry per dealer, so the bound only stops a runaway. */
const MAX_DEALERS = 10_000;

interface CachedWebhook {
  readonly webhook: DealerWebhook | null;
  readonly readAtMs: number;
}

/**
 * The dealers' webhook registrations as this process knows them. Every status change asks whether the dealer's DMS
 * is to be called; on PostgreSQL each ask was a round trip of its own inside the order's transaction. A registration
 * is read at most once per `maxAgeMs`; one made or removed here is forgotten at once, one made by another process is
 * seen within `maxAgeMs`. The call's URL and secret are read again when it is sent.
 */
export class WebhookDirectory {
  private readonly dealers = new Map<string, CachedWebhook>();

  /** `monotonicMs` never goes back (e.g. `performance.now`), independent of the business clock. */
  constructor(
    private readonly monotonicMs: () => number,
    private readonly maxAgeMs = DEFAULT_WEBHOOK_MAX_AGE_MS,
  ) {}

  /** The dealer's webhook, read by `read` (in the caller's transaction) when the remembered one is too old. */
  async find(dealerCode: string, read: () => Promise<DealerWebhook | null>): Promise<DealerWebhook | null> {
    const cached = this.dealers.get(dealerCode);
    if (cached !== undefined && this.monotonicMs() - cached.readAtMs <= this.maxAgeMs) return cached.webhook;
    const webhook = await read();
    if (this.dealers.size >= MAX_DEALERS) this.dealers.clear();
    this.dealers.set(dealerCode, { webhook, readAtMs: this.monotonicMs() });
    return webhook;
  }

  /** The dealer's registration changed here: read it again next time. */
  forget(dealerCode: string): void {
    this.dealers.delete(dealerCode);
  }
}
