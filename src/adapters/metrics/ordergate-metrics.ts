import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OrderChange } from '../../application/ports/change-feed.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';

/** What the scrape-time gauges read from the database; each call must be cheap and bounded. */
export interface OperationsSource {
  outboxBacklog(): Promise<{ readonly queued: number; readonly oldestCreatedAt: string | null }>;
  /** The buckets worth watching now: the current and the next month. */
  quotaUse(): Promise<readonly QuotaBucket[]>;
  now(): Date;
}

/** The order statuses a verification decides; their events are the verdicts counted. */
const VERDICTS: ReadonlySet<string> = new Set(['verified', 'rejected', 'postponed', 'manual_review']);

/** Seconds: from a cached session lookup to a group commit waiting behind a full batch. */
const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Orders per group commit: powers of two up to the runner's largest batch. */
const BATCH_SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

/** Label children are cached per route and status class; this bounds the cache against unexpected labels. */
const MAX_LATENCY_SERIES = 1_000;

/**
 * The process's Prometheus metrics: request latency by route pattern and status class, verdicts committed here,
 * group-commit batch sizes, and, computed on each scrape, the outbox backlog and the quota use per bucket.
 */
export class OrdergateMetrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status_class'>;
  private readonly latencySeries = new Map<string, Histogram.Internal<'method' | 'route' | 'status_class'>>();
  private readonly verdicts: Counter<'verdict'>;
  private readonly batchSizes: Histogram;

  constructor(source: OperationsSource | null, options: { readonly defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    this.requestDuration = new Histogram({
      name: 'ordergate_http_request_duration_seconds',
      help: 'Time from a request arriving to its response being written, by route pattern and status class.',
      labelNames: ['method', 'route', 'status_class'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers,
    });
    this.verdicts = new Counter({
      name: 'ordergate_order_verdicts_total',
      help: 'Verification verdicts committed by this process (an order verified again counts again).',
      labelNames: ['verdict'],
      registers,
    });
    this.batchSizes = new Histogram({
      name: 'ordergate_group_commit_batch_size',
      help: 'Transactions gathered into one SQLite commit.',
      buckets: BATCH_SIZE_BUCKETS,
      registers,
    });
    if (source !== null) this.registerDatabaseGauges(source);
  }

  /** One answered request; `route` is the pattern (`/api/v1/orders/:id`), never the raw URL. */
  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    const statusClass = `${Math.floor(statusCode / 100)}xx`;
    const key = `${method} ${route} ${statusClass}`;
    let series = this.latencySeries.get(key);
    if (series === undefined) {
      series = this.requestDuration.labels(method, route, statusClass);
      if (this.latencySeries.size < MAX_LATENCY_SERIES) this.latencySeries.set(key, series);
    }
    series.observe(seconds);
  }

  /** Called with the changes of every transaction this process committed. */
  countCommitted(changes: readonly OrderChange[]): void {
    for (const change of changes) {
      if (VERDICTS.has(change.type)) this.verdicts.inc({ verdict: change.type });
    }
  }

  observeBatch(size: number): void {
    this.batchSizes.observe(size);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  private registerDatabaseGauges(source: OperationsSource): void {
    // Every process of a cluster reads the same database: merged, the first process's value stands for all.
    const aggregator = 'first' as const;
    const registers = [this.registry];
    // A scrape collects every metric at once: sibling gauges share one query.
    const backlog = sharedWhileRunning(() => source.outboxBacklog());
    const quotas = sharedWhileRunning(() => source.quotaUse());
    new Gauge({
      name: 'ordergate_outbox_backlog',
      help: 'Messages queued in the outbox, not sent yet (counted up to a bound, see MAX_COUNTED_BACKLOG).',
      registers,
      aggregator,
      async collect() {
        this.set((await backlog()).queued);
      },
    });
    new Gauge({
      name: 'ordergate_outbox_oldest_age_seconds',
      help: 'Age of the queued message that has been due the longest; 0 when nothing is queued.',
      registers,
      aggregator,
      async collect() {
        const { oldestCreatedAt } = await backlog();
        const ageMs = oldestCreatedAt === null ? 0 : source.now().getTime() - new Date(oldestCreatedAt).getTime();
        this.set(Math.max(0, ageMs / 1000));
      },
    });
    const bucketGauge = (name: string, help: string, value: (bucket: QuotaBucket) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['region', 'month', 'model'],
        registers,
        aggregator,
        async collect() {
          const buckets = await quotas();
          this.reset();
          for (const bucket of buckets) {
            this.set({ region: bucket.region, month: bucket.month, model: bucket.model }, value(bucket));
          }
        },
      });
    bucketGauge(
      'ordergate_quota_used',
      'Orders holding a unit of a quota bucket (current and next month).',
      (b) => b.used,
    );
    bucketGauge('ordergate_quota_cap', 'Orders a quota bucket may hold (current and next month).', (b) => b.cap);
  }
}

/** Calls made while one is running share its answer. */
function sharedWhileRunning<T>(load: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () => {
    running ??= load().finally(() => {
      running = null;
    });
    return running;
  };
}
