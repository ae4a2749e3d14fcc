import cluster from 'node:cluster';
import type { OpenDatabase } from '../adapters/db/open-database.js';
import { outboxBacklog, pingDatabase, quotaUse } from '../adapters/db/operations-queries.js';
import type { OperationsOptions } from '../adapters/http/operations-routes.js';
import { OrdergateMetrics } from '../adapters/metrics/ordergate-metrics.js';
import { InProcessChangeFeed } from '../adapters/notify/in-process-change-feed.js';
import { ObservedChangeFeed } from '../adapters/notify/observed-change-feed.js';
import { PostgresChangeFeed } from '../adapters/notify/postgres-change-feed.js';
import type { Services } from '../application/services.js';
import type { Config } from '../config/config.js';
import { addMonths, monthInZone } from '../domain/shared/clock.js';
import { clusterMetricsEndpoint } from './cluster-metrics.js';
import type { ShutdownStep } from './graceful-shutdown.js';
import type { WiringOptions } from './wiring.js';

export interface ProcessOperations {
  /** What `createServices` takes from here: the change feed and the group-commit hook. */
  readonly wiring: Pick<WiringOptions, 'changes' | 'onBatch'>;
  readonly metrics: OrdergateMetrics;
  /** `buildApp`'s operations, once the services exist. */
  operations(services: Services): OperationsOptions;
  /** Closes what was opened here; run after the server stopped, before the database closes. */
  readonly steps: readonly ShutdownStep[];
}

/**
 * A serving process's operations: metrics, readiness, and the change feed — in-process on SQLite, shared by every
 * process through LISTEN/NOTIFY on PostgreSQL.
 */
export async function openProcessOperations(
  config: Config,
  database: OpenDatabase,
  onFeedError: (error: unknown) => void,
): Promise<ProcessOperations> {
  let services: Services | null = null;
  const reader = database.reader ?? database.db;
  const metrics = new OrdergateMetrics({
    outboxBacklog: () => outboxBacklog(reader),
    quotaUse: async () => (services === null ? [] : quotaUse(reader, await watchedMonths(services))),
    now: () => services?.clock.now() ?? new Date(),
  });
  const countCommitted = (changes: Parameters<OrdergateMetrics['countCommitted']>[0]) =>
    metrics.countCommitted(changes);
  const onBatch = (size: number) => metrics.observeBatch(size);
  const endpoint = cluster.isWorker ? clusterMetricsEndpoint(metrics) : metrics;
  const operations = (built: Services): OperationsOptions => {
    services = built;
    return { metrics: endpoint, readiness: () => pingDatabase(database.db), metricsToken: config.metricsToken };
  };
  if (database.dialect === 'sqlite') {
    return {
      wiring: { changes: new ObservedChangeFeed(new InProcessChangeFeed(), countCommitted), onBatch },
      metrics,
      operations,
      steps: [],
    };
  }
  const feed = new PostgresChangeFeed({ connectionString: config.databaseUrl, onError: onFeedError });
  await feed.start();
  return {
    wiring: { changes: new ObservedChangeFeed(feed, countCommitted) },
    metrics,
    operations,
    steps: [{ name: 'stop listening for changes', run: () => feed.close() }],
  };
}

/** The quota months worth watching: the current and the next one in every region's time zone. */
async function watchedMonths(services: Services): Promise<string[]> {
  const now = services.clock.now();
  const zones = new Set((await services.reference.regions()).map((region) => region.timeZone));
  if (zones.size === 0) zones.add('UTC');
  const months = new Set<string>();
  for (const zone of zones) {
    const current = monthInZone(now, zone);
    months.add(current);
    months.add(addMonths(current, 1));
  }
  return [...months];
}
