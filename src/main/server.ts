import { buildApp } from '../adapters/http/build-app.js';
import { loggerOptions } from '../adapters/http/logging.js';
import { sealIdentityNumbers } from '../adapters/db/seal-identity-numbers.js';
import { assertSafeForProduction } from './production-guard.js';
import { migrateToLatest } from '../adapters/db/migrate.js';
import { openDatabase, parseDatabaseUrl } from '../adapters/db/open-database.js';
import { loadConfig } from '../config/config.js';
import { resolveDataKey } from './data-key.js';
import { loadDemo } from './demo/load-demo.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users.js';
import { startSchedulingJob } from './scheduling-job.js';
import { startPriceProtectionJob } from './price-protection-job.js';
import { createOutboxDispatcher, smsGatewayOf } from './notify-wiring.js';
import { createServices, personalDataProtection } from './wiring.js';

/** Starts ordergate: configuration, database, migrations, the demo when asked, then the HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const dataKey = resolveDataKey(config);
  const database = openDatabase(parseDatabaseUrl(config.databaseUrl));
  await migrateToLatest(database.db);
  const { cipher, hasher } = personalDataProtection(dataKey);
  await sealIdentityNumbers(database.db, cipher, hasher);
  const services = createServices({
    database,
    dataKey,
    policies: {
      priceDropPolicy: config.priceDropPolicy,
      sessionHours: config.sessionHours,
      slaHours: config.slaHours,
      vinLagHours: config.vinLagHours,
      publicUrl: config.publicUrl,
    },
  });
  const demoLoaded = config.demo ? await loadDemo(database.db, services) : false;
  await services.reference.reload();
  await assertSafeForProduction(config, services);
  const app = await buildApp(services, { logger: loggerOptions(config.logLevel) });
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
  const url = `http://${config.host}:${config.port}`;
  process.stdout.write(`\nordergate is serving ${url} (API document: ${url}/docs)\n`);
  if (config.demo) {
    process.stdout.write(demoLoaded ? 'The demo was loaded into the empty database.\n' : 'Demo data is in place.\n');
    process.stdout.write(
      `Demo users (password ${DEMO_PASSWORD}): ${DEMO_USERS.map((user) => user.username).join(', ')}\n`,
    );
  }
  const shutDown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    await scheduling.stop();
    await dispatcher.stop();
    await app.close();
    await priceProtection.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutDown('SIGTERM'));
  process.once('SIGINT', () => void shutDown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`ordergate could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
