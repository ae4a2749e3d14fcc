import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the receiver does with one request: answer with a status, answer it after a while or once something has
 * happened, or hold it unanswered (the sender times out).
 */
export type ReceiverAnswer =
  | number
  | 'hang'
  | { readonly status: number; readonly delayMs: number }
  | { readonly status: number; readonly after: Promise<unknown> };

/** One request as the receiver got it. */
export interface ReceivedRequest {
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  readonly body: Record<string, unknown>;
  /** The request's deduplication key, from the body. */
  readonly dedupKey: string;
  /** The n-th request with this key, from 1. */
  readonly attempt: number;
  readonly answer: ReceiverAnswer;
  /** Whether `X-Ordergate-Signature` is the HMAC-SHA256 of the raw body under the receiver's secret. */
  readonly signatureValid: boolean;
}

/**
 * A real HTTP receiver on a loopback port (an SMS gateway or a dealer's DMS in tests): it checks each request's
 * signature, answers as `answer` decides, and keeps what it got. A 2xx answer means the message was accepted.
 */
export class LoopbackReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly attempts = new Map<string, number>();
  private readonly held: ServerResponse[] = [];
  private readonly server = createServer((request, response) => {
    let rawBody = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (rawBody += chunk));
    request.on('end', () => this.receive(request.headers, rawBody, response));
  });
  private waiters: (() => void)[] = [];

  constructor(
    private secret: string,
    public answer: (dedupKey: string, attempt: number) => ReceiverAnswer = () => 200,
  ) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  useSecret(secret: string): void {
    this.secret = secret;
  }

  /** Keys of the requests answered 2xx, in arrival order. */
  get accepted(): string[] {
    return this.requests.filter((request) => isSuccess(request.answer)).map((request) => request.dedupKey);
  }

  /** Resolves when at least `count` requests have arrived. */
  received(count: number, waitMs = 10_000): Promise<void> {
    return this.until(
      () => this.requests.length >= count,
      () => `only ${this.requests.length} of ${count} requests arrived`,
      waitMs,
    );
  }

  /** Resolves when a request with a deduplication key that `matches` has arrived. */
  arrival(matches: (dedupKey: string) => boolean, waitMs = 10_000): Promise<void> {
    return this.until(
      () => this.requests.some((request) => matches(request.dedupKey)),
      () => 'the awaited request did not arrive',
      waitMs,
    );
  }

  /** Waits for requests until `done`, woken by each arrival; fails with `failure` after `waitMs`. */
  private async until(done: () => boolean, failure: () => string, waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 20);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private receive(headers: IncomingHttpHeaders, rawBody: string, response: ServerResponse): void {
    const body = JSON.parse(rawBody) as Record<string, unknown>;
    const dedupKey = String(body.dedupKey);
    const attempt = (this.attempts.get(dedupKey) ?? 0) + 1;
    this.attempts.set(dedupKey, attempt);
    const answer = this.answer(dedupKey, attempt);
    this.requests.push({
      headers,
      rawBody,
      body,
      dedupKey,
      attempt,
      answer,
      signatureValid: validSignature(this.secret, rawBody, headers['x-ordergate-signature']),
    });
    for (const waiter of this.waiters.splice(0)) waiter();
    if (answer === 'hang') {
      this.held.push(response);
      return;
    }
    if (typeof answer === 'number') {
      response.writeHead(answer, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    this.held.push(response);
    const reply = () => response.writeHead(answer.status).end('{}');
    if ('after' in answer) void answer.after.then(reply, reply);
    else setTimeout(reply, answer.delayMs);
  }
}

function isSuccess(answer: ReceiverAnswer): boolean {
  const status = typeof answer === 'object' ? answer.status : answer;
  return typeof status === 'number' && status >= 200 && status <= 299;
}

function validSignature(secret: string, rawBody: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(rawBody, 'utf8').digest();
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
