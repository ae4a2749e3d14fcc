import type { ClaimedMessage, OutboxQueue } from '../../application/ports/outbox-queue.js';
import type { Clock } from '../../application/ports/services.js';
import {
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_RETRY_POLICY,
  classifyGatewayResponse,
  isFinalAttempt,
  nextAttemptDelayMs,
  type RetryPolicy,
} from '../../domain/notification/retry-policy.js';
import type { DeliverMessage } from './message-delivery.js';
import { DELIVERY_TIMEOUT_MS, type DeliveryAttempt } from './signed-post.js';
import type { NotifyLogger } from './sms-gateways.js';

/** Messages claimed at once: a burst of changes is sent in several rounds rather than held by one process. */
export const DISPATCH_BATCH_SIZE = 20;
/** How often a running dispatcher looks for due messages. */
export const DISPATCH_INTERVAL_MS = 1_000;
/** Rounds one wake-up may run back to back while full batches keep coming, before it yields to the timer. */
export const MAX_BATCHES_PER_WAKE = 10;

export interface DispatcherOptions {
  readonly queue: OutboxQueue;
  readonly deliver: DeliverMessage;
  readonly clock: Clock;
  /** A number in [0, 1) for each retry's jitter. */
  readonly random: () => number;
  readonly logger: NotifyLogger;
  readonly batchSize?: number;
  readonly intervalMs?: number;
  readonly maxAttempts?: number;
  readonly retryPolicy?: RetryPolicy;
  /** The longest one delivery may take; the lease on a batch covers every message of it taking this long. */
  readonly deliveryTimeoutMs?: number;
}

/**
 * Sends the outbox. Each round claims the oldest due messages under a lease, hands them to their channels (the
 * messages of one order one after the other, different orders at once), and records each outcome: sent after a 2xx
 * and only then, a retry after a backoff with jitter, or failed for good (a 4xx, a message that cannot be sent, the
 * last attempt). Everything is in the table, so a new process carries on where a stopped one left off, and a lease
 * that runs out (a process that died mid-batch) is claimed again.
 */
export class OutboxDispatcher {
  private readonly batchSize: number;
  private readonly intervalMs: number;
  private readonly maxAttempts: number;
  private readonly retryPolicy: RetryPolicy;
  private readonly leaseMs: number;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private running = false;

  constructor(private readonly options: DispatcherOptions) {
    this.batchSize = options.batchSize ?? DISPATCH_BATCH_SIZE;
    this.intervalMs = options.intervalMs ?? DISPATCH_INTERVAL_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    // Twice the worst case of a whole batch timing out, so no lease runs out under a live dispatcher.
    this.leaseMs = 2 * this.batchSize * (options.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS);
  }

  /** Claims one batch and sends it; answers how many messages it took. */
  async dispatchBatch(): Promise<number> {
    const now = this.options.clock.now();
    const claimed = await this.options.queue.claimDue(
      now.toISOString(),
      new Date(now.getTime() + this.leaseMs).toISOString(),
      this.batchSize,
    );
    // One slow call must not hold up the batch: the messages of different orders go out together. Those of one order
    // keep their order (a dealer's DMS must not hear "scheduled" before "verified").
    await Promise.all(
      [...groupedByOrder(claimed)].map(async (messages) => {
        for (const message of messages) await this.settle(message, await this.attempt(message));
      }),
    );
    return claimed.length;
  }

  /** Looks for due messages every interval until stopped. */
  start(): void {
    if (this.running) return;
    this.running = true;
    // A batch still finishing after a stop schedules the next round itself when it ends.
    if (this.inFlight === null) this.schedule(0);
  }

  /** Stops looking; the batch in flight is finished (sent and recorded) before this resolves. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.inFlight = this.wake().finally(() => {
        this.inFlight = null;
        if (this.running) this.schedule(this.intervalMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async wake(): Promise<void> {
    try {
      for (let round = 0; round < MAX_BATCHES_PER_WAKE && this.running; round++) {
        if ((await this.dispatchBatch()) < this.batchSize) return;
      }
    } catch (error) {
      // The database may be away for a moment; the next wake-up tries again and nothing claimed is lost (leases).
      this.options.logger.error({ err: error }, 'outbox dispatch failed');
    }
  }

  private async attempt(message: ClaimedMessage): Promise<DeliveryAttempt> {
    try {
      return await this.options.deliver(message);
    } catch (error) {
      this.options.logger.error({ err: error, messageId: message.id }, 'outbox message could not be handed over');
      return { response: 'network_error', detail: 'internal error before sending' };
    }
  }

  private async settle(message: ClaimedMessage, attempt: DeliveryAttempt): Promise<void> {
    const { queue, clock, random, logger } = this.options;
    const outcome = attempt.response === 'undeliverable' ? 'failed' : classifyGatewayResponse(attempt.response);
    let recorded: boolean;
    if (outcome === 'sent') {
      recorded = await queue.markSent(message, clock.now().toISOString());
    } else if (outcome === 'failed' || isFinalAttempt(message.attempts, this.maxAttempts)) {
      recorded = await queue.markFailed(message, `attempt ${message.attempts}: ${attempt.detail}`);
      logger.warn({ messageId: message.id, channel: message.channel, detail: attempt.detail }, 'outbox message failed');
    } else {
      const delayMs = nextAttemptDelayMs(message.attempts, random(), this.retryPolicy);
      const nextAttemptAt = new Date(clock.now().getTime() + delayMs).toISOString();
      recorded = await queue.markRetry(message, nextAttemptAt, `attempt ${message.attempts}: ${attempt.detail}`);
    }
    if (!recorded) {
      logger.warn({ messageId: message.id }, 'outbox message lease was lost before its outcome was recorded');
    }
  }
}

/** The claimed messages by order, oldest first within each; a message of no order stands alone. */
function groupedByOrder(claimed: readonly ClaimedMessage[]): IterableIterator<ClaimedMessage[]> {
  const groups = new Map<string, ClaimedMessage[]>();
  for (const message of claimed) {
    const key = message.orderId ?? `message:${message.id}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [message]);
    else group.push(message);
  }
  return groups.values();
}
