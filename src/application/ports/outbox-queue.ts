import type { OutboxMessage } from './repositories.js';

/** A message a dispatcher holds the lease on: `lease` is when its claim runs out, and proves the claim is its own. */
export interface ClaimedMessage extends OutboxMessage {
  readonly lease: string;
}

/**
 * The outbox as the dispatcher sees it: a queue of due messages that several processes may drain at once. A claim
 * is a lease: a message claimed and never settled (the process died) becomes due again when the lease runs out.
 * Every settling call names the lease, and does nothing (answers false) once another claim has taken the message.
 */
export interface OutboxQueue {
  /**
   * Takes up to `limit` queued messages whose time has come and that nobody holds, oldest first, counting one more
   * attempt for each and holding them until `leaseUntil`.
   */
  claimDue(now: string, leaseUntil: string, limit: number): Promise<readonly ClaimedMessage[]>;
  markSent(message: ClaimedMessage, sentAt: string): Promise<boolean>;
  markRetry(message: ClaimedMessage, nextAttemptAt: string, error: string): Promise<boolean>;
  markFailed(message: ClaimedMessage, error: string): Promise<boolean>;
}
