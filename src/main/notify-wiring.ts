import { randomInt } from 'node:crypto';
import { KyselyOutboxQueue } from '../adapters/db/outbox-queue.js';
import type { OpenDatabase } from '../adapters/db/open-database.js';
import { messageDelivery } from '../adapters/notify/message-delivery.js';
import { OutboxDispatcher, type DispatcherOptions } from '../adapters/notify/outbox-dispatcher.js';
import { httpSmsGateway, logSmsGateway, type NotifyLogger, type SmsGateway } from '../adapters/notify/sms-gateways.js';
import type { Services } from '../application/services.js';
import type { Config } from '../config/config.js';

/** The SMS gateway `ORDERGATE_SMS` names: the log, or a URL that gets each message as a signed JSON POST. */
export function smsGatewayOf(config: Pick<Config, 'sms' | 'smsSecret'>, logger: NotifyLogger): SmsGateway {
  if (config.sms === 'log') return logSmsGateway(logger);
  if (config.smsSecret === null) throw new Error('ORDERGATE_SMS_SECRET is required when ORDERGATE_SMS is a URL');
  return httpSmsGateway({ url: config.sms.url, secret: config.smsSecret });
}

/** Jitter from the operating system's randomness, 2^48 steps in [0, 1). */
export function systemRandom(): number {
  return randomInt(0, 2 ** 48) / 2 ** 48;
}

export interface DispatcherWiring extends Partial<Omit<DispatcherOptions, 'queue' | 'deliver' | 'logger'>> {
  readonly services: Services;
  readonly database: OpenDatabase;
  readonly sms: SmsGateway;
  readonly logger: NotifyLogger;
}

/** The outbox dispatcher over a database: any number of them may run, in one process or several. */
export function createOutboxDispatcher(wiring: DispatcherWiring): OutboxDispatcher {
  const { services, database, sms, ...options } = wiring;
  return new OutboxDispatcher({
    clock: services.clock,
    random: systemRandom,
    ...options,
    queue: new KyselyOutboxQueue(database.db, database.dialect),
    deliver: messageDelivery({
      services,
      sms,
      ...(options.deliveryTimeoutMs === undefined ? {} : { timeoutMs: options.deliveryTimeoutMs }),
    }),
  });
}
