import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { MetricsEndpoint } from '../adapters/http/operations-routes.js';
import type { OrdergateMetrics } from '../adapters/metrics/ordergate-metrics.js';

const REQUEST = 'ordergate:metrics-request';
const RESPONSE = 'ordergate:metrics-response';

/** A scrape waits at most this long for the primary to gather every worker's metrics. */
const CLUSTER_SCRAPE_TIMEOUT_MS = 5_000;

interface MetricsRequest {
  readonly type: typeof REQUEST;
  readonly id: number;
}

interface MetricsResponse {
  readonly type: typeof RESPONSE;
  readonly id: number;
  readonly text?: string;
  readonly error?: string;
}

/**
 * The primary's side: a worker asked for the cluster's metrics (its `/metrics` was scraped); gather every worker's
 * registry, merge them (counters and histograms add up, database gauges take the first), and answer.
 */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker: Worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, REQUEST)) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: RESPONSE, id: message.id, text } satisfies MetricsResponse),
      (error: unknown) =>
        worker.send({ type: RESPONSE, id: message.id, error: String(error) } satisfies MetricsResponse),
    );
  });
}

/**
 * A worker's `/metrics`: the whole cluster's metrics, gathered by the primary, so that a scrape through the shared
 * port tells about every process, not about whichever one took the connection.
 */
export function clusterMetricsEndpoint(local: OrdergateMetrics): MetricsEndpoint {
  AggregatorRegistry.setRegistries([local.registry]);
  // Constructing one in a worker makes prom-client answer the primary's requests for this worker's registry.
  new AggregatorRegistry();
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  process.on('message', (message: unknown) => {
    if (!isMessage<MetricsResponse>(message, RESPONSE)) return;
    const waiting = pending.get(message.id);
    if (waiting === undefined) return;
    pending.delete(message.id);
    if (message.text !== undefined) waiting.resolve(message.text);
    else waiting.reject(new Error(message.error ?? 'the primary sent no metrics'));
  });
  return {
    observeRequest: (method, route, statusCode, seconds) => local.observeRequest(method, route, statusCode, seconds),
    contentType: local.contentType,
    text: () =>
      new Promise<string>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error('the primary did not gather the metrics in time'));
        }, CLUSTER_SCRAPE_TIMEOUT_MS);
        pending.set(id, {
          resolve: (text) => (clearTimeout(timer), resolve(text)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        process.send?.({ type: REQUEST, id } satisfies MetricsRequest);
      }),
  };
}

function isMessage<T extends { type: string }>(message: unknown, type: T['type']): message is T {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
