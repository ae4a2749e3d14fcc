import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './problem.js';

/** Where request latency goes and where `/metrics` reads its text from. */
export interface MetricsEndpoint {
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void;
  readonly contentType: string;
  text(): Promise<string>;
}

export interface OperationsOptions {
  readonly metrics: MetricsEndpoint;
  /** Resolves when the database answers queries now; rejects (or times out) otherwise. */
  readonly readiness: () => Promise<void>;
  /**
   * With a token, `/metrics` asks for `Authorization: Bearer <token>`. Without one it answers only callers on the
   * loopback interface (a scraper on the same host); behind a proxy on the same host, set a token.
   */
  readonly metricsToken: string | null;
}

/** The route label of requests that matched no route: one series for them all, whatever the URL. */
const UNMATCHED_ROUTE = 'unmatched';

const LOOPBACK_ADDRESSES: ReadonlySet<string> = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Operators' endpoints: `/readyz` (the database answers) and `/metrics` (Prometheus), plus the request-latency
 * hook. Registered before the API's routes so that the hook sees every one of them.
 */
export function registerOperations(app: FastifyInstance, options: OperationsOptions): void {
  const { metrics } = options;
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? UNMATCHED_ROUTE,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });

  let probe: Promise<void> | null = null;
  app.get('/readyz', async (request, reply) => {
    // Probes that arrive together share one query: a burst of health checks is one round trip.
    probe ??= options.readiness().finally(() => {
      probe = null;
    });
    try {
      await probe;
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready: the database does not answer');
      return sendProblem(reply, problem(503, 'not_ready', 'The database does not answer; try another instance.'));
    }
  });

  app.get('/metrics', async (request, reply) => {
    const refusal = scrapeRefusal(request, options.metricsToken);
    if (refusal !== null) return sendProblem(reply, refusal);
    const text = await metrics.text();
    return reply.type(metrics.contentType).send(text);
  });
}

function scrapeRefusal(request: FastifyRequest, token: string | null) {
  if (token === null) {
    if (LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? '')) return null;
    return problem(403, 'forbidden', 'Metrics answer only on the loopback interface unless a metrics token is set.');
  }
  const expected = Buffer.from(`Bearer ${token}`);
  const sent = Buffer.from(request.headers.authorization ?? '');
  if (sent.length === expected.length && timingSafeEqual(sent, expected)) return null;
  return problem(401, 'unauthenticated', 'Send the metrics token: Authorization: Bearer <token>.');
}
