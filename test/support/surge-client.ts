import http from 'node:http';
import { orderBody, SURGE_SALES_USERS } from '../../bench/surge/order-bodies.js';

/**
 * A surge of order submissions with Idempotency-Keys against a real server, recording what became of each: the
 * crash tests kill the server under it and then check what was stored against what was answered.
 */

/** Requests kept in flight by the surge. */
export const IN_FLIGHT = 24;

export interface Outcome {
  /** The order id of a 201, or null when the answer never came. */
  orderId: string | null;
  status: number | null;
  replayed: boolean;
}

/** A surge never sends more than this: a server that stopped answering ends it instead of spinning it forever. */
const MAX_SUBMISSIONS = 20_000;

/** A request unanswered this long counts as lost, as a client would give up on it. */
const REQUEST_TIMEOUT_MS = 10_000;

/** Every this-many-th submission is abandoned by its client once sent: its answer is lost, its order is not. */
const ABANDON_EVERY = 10;
/** How long an abandoning client waits after sending before it hangs up (the request is on the wire by then). */
const ABANDON_AFTER_MS = 3;

function post(
  base: string,
  agent: http.Agent,
  path: string,
  token: string | null,
  body: string,
  key?: string,
  abandon = false,
) {
  return new Promise<{ status: number; body: string; replayed: boolean }>((resolve, reject) => {
    const url = new URL(path, base);
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(key ? { 'idempotency-key': key } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: text,
            replayed: response.headers['idempotent-replayed'] === 'true',
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('no answer in time')));
    request.end(body);
    if (abandon) setTimeout(() => request.destroy(new Error('abandoned by the client')), ABANDON_AFTER_MS);
  });
}

/** The lost answers sent again, after the last crash, each with its key. */
export async function resend(surge: Surge, base: string, tokens: readonly string[]): Promise<Map<number, Outcome>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const retried = new Map<number, Outcome>();
  for (const [n, outcome] of surge.outcomes) {
    if (outcome.status === null) retried.set(n, await surge.submit(base, agent, tokens, n));
  }
  agent.destroy();
  return retried;
}

export class Surge {
  readonly outcomes = new Map<number, Outcome>();
  private next = 0;
  readonly paidAt = new Date(Date.now() - 86_400_000).toISOString();

  constructor(private readonly prefix: string) {}

  /** Requests answered 201. */
  acknowledged(): number {
    return [...this.outcomes.values()].filter((outcome) => outcome.orderId !== null).length;
  }

  /** Requests whose answer never came. */
  lost(): number {
    return [...this.outcomes.values()].filter((outcome) => outcome.status === null).length;
  }

  key(n: number): string {
    return `${this.prefix}-${n}`;
  }

  /**
   * Submits new orders, telling `onAcknowledged` the count of this run's 201s, until it answers true; a request
   * whose connection dies is recorded as unanswered. With `untilConnectionLost`, each user also stops at its first
   * lost connection (the one server is gone); otherwise it goes on with a new connection (another process serves).
   */
  async run(
    base: string,
    tokens: readonly string[],
    onAcknowledged: (acknowledged: number) => boolean,
    untilConnectionLost: boolean,
  ): Promise<void> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
    let acknowledged = 0;
    let ended = false;
    const user = async () => {
      while (!ended && this.next < MAX_SUBMISSIONS) {
        const n = this.next++;
        const abandon = n % ABANDON_EVERY === ABANDON_EVERY - 1;
        const outcome = await this.submit(base, agent, tokens, n, abandon);
        this.outcomes.set(n, outcome);
        if (outcome.orderId !== null && onAcknowledged(++acknowledged)) ended = true;
        if (untilConnectionLost && outcome.status === null && !abandon) ended = true;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, user));
    agent.destroy();
  }

  async submit(
    base: string,
    agent: http.Agent,
    tokens: readonly string[],
    n: number,
    abandon = false,
  ): Promise<Outcome> {
    try {
      const token = tokens[n % tokens.length] ?? null;
      const answer = await post(base, agent, '/api/v1/orders', token, orderBody(n, this.paidAt), this.key(n), abandon);
      const orderId = answer.status === 201 ? (JSON.parse(answer.body) as { id: string }).id : null;
      return { orderId, status: answer.status, replayed: answer.replayed };
    } catch {
      return { orderId: null, status: null, replayed: false };
    }
  }
}

export async function signIn(base: string): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: false });
  const tokens = [];
  for (const username of SURGE_SALES_USERS) {
    const answer = await post(
      base,
      agent,
      '/api/v1/auth/login',
      null,
      JSON.stringify({ username, password: 'demo1234' }),
    );
    if (answer.status !== 200) throw new Error(`login ${username}: ${answer.status} ${answer.body}`);
    tokens.push((JSON.parse(answer.body) as { token: string }).token);
  }
  return tokens;
}
