import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../adapters/http/build-app.js';
import { loggerOptions } from '../adapters/http/logging.js';
import { sealIdentityNumbers, sealWebhookSecrets } from '../adapters/db/seal-at-rest.js';
import { assertSafeForProduction } from './production-guard.js';
import { migrateToLatest } from '../adapters/db/migrate.js';
import { openDatabase, parseDatabaseUrl } from '../adapters/db/open-database.js';
import { loadConfig } from '../config/config.js';
import { runPrimary } from './cluster-primary.js';
import { environmentFromArguments } from './command-line.js';
import { resolveDataKey } from './data-key.js';
import { loadDemo } from './demo/load-demo.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users.js';
import { startSchedulingJob } from './scheduling-job.js';
import { startPriceProtectionJob } from './price-protection-job.js';
import { createOutboxDispatcher, smsGatewayOf } from './notify-wiring.js';
import { gracefulShutdown } from './graceful-shutdown.js';
import { openProcessOperations } from './operations-wiring.js';
import { createServices, personalDataProtection } from './wiring.js';

/**
 * A session is trusted this long without reading it again: a logout here takes effect at once, a session revoked
 * or a user disabled by another process within this.
 */
const ACTOR_CACHE_MS = 2_000;

/** Starts ordergate: configuration, database, migrations, the demo when asked, then the HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, ...environmentFromArguments(process.argv.slice(2)) });
  if (cluster.isPrimary && config.workers > 1) return runPrimary(config);
  const dataKey = resolveDataKey(config);
  const target = parseDatabaseUrl(config.databaseUrl);
  const database = openDatabase(
    target.dialect === 'postgres' ? { ...target, poolSize: config.databasePoolSize } : target,
  );
  await migrateToLatest(database.db);
  const { cipher, hasher } = personalDataProtection(dataKey);
  await sealIdentityNumbers(database.db, cipher, hasher);
  await sealWebhookSecrets(database.db, cipher);
  const processOperations = await openProcessOperations(config, database, (error) =>
    process.stderr.write(`ordergate: the change feed's connection failed, reconnecting: ${String(error)}\n`),
  );
  const services = createServices({
    database,
    dataKey,
    policies: {
      priceDropPolicy: config.priceDropPolicy,
      sessionHours: config.sessionHours,
      slaHours: config.slaHours,
      vinLagHours: config.vinLagHours,
      publicUrl: config.publicUrl,
      webhookHosts: config.webhookHosts,
    },
    ...processOperations.wiring,
    actorCacheMs: ACTOR_CACHE_MS,
  });
  const demoLoaded = config.demo ? await loadDemo(database.db, services) : false;
  await services.reference.reload();
  await assertSafeForProduction(config, services);
  const app = await buildApp(services, {
    logger: loggerOptions(config.logLevel),
    operations: processOperations.operations(services),
    oneLineRequestLog: true,
  });
  await app.listen({ port: config.port, host: config.host });
  const scheduling = startSchedulingJob(services, app.log);
  const notifyLogger = app.log.child({ component: 'outbox' });
  const dispatcher = createOutboxDispatcher({
    services,
    database,
    sms: smsGatewayOf(config, notifyLogger),
    logger: notifyLogger,
  });
  dispatcher.start();
  const priceProtection = startPriceProtectionJob(services, (error) =>
    app.log.error({ err: error }, 'price protection run failed'),
  );
  const url = `http://${config.host}:${(app.server.address() as AddressInfo).port}`;
  // A cluster's primary says where it serves, once for every worker; a worker only that it is up.
  if (cluster.isWorker) process.stdout.write(`ordergate worker ${process.pid} is serving\n`);
  else {
    process.stdout.write(`\nordergate is serving ${url} (API document: ${url}/docs)\n`);
    if (config.demo) {
      process.stdout.write(demoLoaded ? 'The demo was loaded into the empty database.\n' : 'Demo data is in place.\n');
      process.stdout.write(
        `Demo users (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((user) => user.username).join(', ')}\n`,
      );
    }
  }
  const shutDown = gracefulShutdown({
    closeServer: () => app.close(),
    steps: [
      { name: 'stop the scheduler', run: () => scheduling.stop() },
      { name: 'stop the outbox dispatcher', run: () => dispatcher.stop() },
      { name: 'stop price protection', run: () => priceProtection.stop() },
      ...processOperations.steps,
      {
        name: 'commit what is queued',
        run: async () => {
          const runner = services.runner as { idle?: () => Promise<void> };
          await runner.idle?.();
        },
      },
      { name: 'close the database', run: () => database.close() },
    ],
    log: app.log,
    exit: (code) => process.exit(code),
  });
  // `on`, not `once`: a second signal must not kill the process halfway through its shutdown.
  process.on('SIGTERM', () => void shutDown('SIGTERM'));
  process.on('SIGINT', () => void shutDown('SIGINT'));
  // A worker whose primary is gone (killed) would serve on alone, restarted by nobody: it finishes and leaves.
  if (cluster.isWorker) process.on('disconnect', () => void shutDown('the primary is gone'));
}

main().catch((error: unknown) => {
  process.stderr.write(`ordergate could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
