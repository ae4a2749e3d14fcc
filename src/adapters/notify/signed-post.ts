import { createHmac } from 'node:crypto';
import type { GatewayResponse } from '../../domain/notification/retry-policy.js';

/** How long a gateway or a dealer's DMS may take to answer one message before the attempt counts as timed out. */
export const DELIVERY_TIMEOUT_MS = 5_000;
/** `sha256=<hex>`: HMAC-SHA256 of the raw body with the receiver's secret. */
export const SIGNATURE_HEADER = 'x-ordergate-signature';

/** What became of one attempt to hand a message over; `detail` is for the dealer's list, with no personal data. */
export interface DeliveryAttempt {
  /** An HTTP status or no answer; `undeliverable` when the message cannot be sent at all (and never will be). */
  readonly response: GatewayResponse | 'undeliverable';
  readonly detail: string;
}

/** The signature header's value for a body: the receiver recomputes it over the bytes it got. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface SignedPost {
  readonly url: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly secret: string;
  /** Also in the body; sent as `Idempotency-Key` and `X-Dedup-Key` so a receiver can drop a repeat unread. */
  readonly dedupKey: string;
  readonly timeoutMs?: number;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/**
 * POSTs a JSON body signed with the receiver's secret. Redirects are not followed (a signed message goes where it
 * was registered, nowhere else); the answer's body is never read.
 */
export async function postSignedJson(post: SignedPost): Promise<DeliveryAttempt> {
  const body = JSON.stringify(post.body);
  const timeoutMs = post.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  try {
    const response = await fetch(post.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'idempotency-key': post.dedupKey,
        'x-dedup-key': post.dedupKey,
        [SIGNATURE_HEADER]: signBody(post.secret, body),
        'user-agent': 'ordergate',
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => {});
    return { response: response.status, detail: `HTTP ${response.status}` };
  } catch (error) {
    if (isTimeout(error)) return { response: 'timeout', detail: `no answer within ${timeoutMs} ms` };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : 'unreachable';
    return { response: 'network_error', detail: `network error (${code})` };
  }
}
