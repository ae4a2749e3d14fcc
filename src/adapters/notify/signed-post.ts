import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { GatewayResponse } from '../../domain/notification/retry-policy.js';
import { isPublicAddress, NotPublicAddressError, publicOnlyLookup } from './public-address.js';

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
  /** Refuse hosts off the public internet: set for addresses others registered (dealers' webhooks). */
  readonly publicHostsOnly?: boolean;
}

const notPublic = (host: string): DeliveryAttempt => ({
  response: 'undeliverable',
  detail: `${host} is not a public address`,
});

/** The error's own code (`ECONNREFUSED`, `ENOTFOUND`, …), for the dealer's list. */
function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unreachable';
}

/**
 * POSTs a JSON body signed with the receiver's secret. Redirects are not followed (a signed message goes where it
 * was registered, nowhere else); the answer's body is never read. With `publicHostsOnly`, a host that is, or
 * resolves to, an address off the public internet is never connected to: the message is undeliverable.
 */
export function postSignedJson(post: SignedPost): Promise<DeliveryAttempt> {
  const body = JSON.stringify(post.body);
  const timeoutMs = post.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const url = new URL(post.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.resolve({ response: 'undeliverable', detail: `no ${url.protocol} delivery` });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address is connected to without a lookup, so it is checked here; names are checked as they resolve.
  if (post.publicHostsOnly === true && isIP(host) !== 0 && !isPublicAddress(host))
    return Promise.resolve(notPublic(host));
  return new Promise((resolve) => {
    let answered = false;
    const answer = (attempt: DeliveryAttempt) => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      resolve(attempt);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': post.dedupKey,
          'x-dedup-key': post.dedupKey,
          [SIGNATURE_HEADER]: signBody(post.secret, body),
          'user-agent': 'ordergate',
        },
        ...(post.publicHostsOnly === true ? { lookup: publicOnlyLookup } : {}),
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        answer({ response: status, detail: `HTTP ${status}` });
      },
    );
    const timer = setTimeout(() => {
      answer({ response: 'timeout', detail: `no answer within ${timeoutMs} ms` });
      request.destroy();
    }, timeoutMs);
    request.on('error', (error) => {
      if (error instanceof NotPublicAddressError) answer(notPublic(error.host));
      else answer({ response: 'network_error', detail: `network error (${errorCode(error)})` });
    });
    request.end(body);
  });
}
