import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'on', 'yes'].includes(value));

/** More worker processes than this only contend for the same cores and database connections. */
export const MAX_WORKERS = 64;

/** PostgreSQL's default limit is 100 connections for the whole server. */
export const MAX_POOL_SIZE = 100;

const environmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/ordergate.db'),
  /**
   * PostgreSQL connections per process. A few busy connections beat many waiting ones: with two processes on two
   * cores, 4 each took 1,000–1,100 orders/s, 10 each 900–960, 20 each 850–880 (docs/performance.md).
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(MAX_POOL_SIZE).default(4),
  ORDERGATE_DEMO: flag.optional(),
  ORDERGATE_VIN_LAG_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(72),
  ORDERGATE_SLA_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(48),
  ORDERGATE_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  ORDERGATE_PRICE_DROP_POLICY: flag.default(true),
  ORDERGATE_SMS: z.string().min(1).default('log'),
  /** Where dealers' webhooks may point: `public` hosts only, or `any` (a DMS inside the network, development). */
  ORDERGATE_WEBHOOK_HOSTS: z.enum(['public', 'any']).default('public'),
  ORDERGATE_PUBLIC_URL: z.url().optional(),
  /** Signs the requests to an HTTP SMS gateway (HMAC-SHA256 over the body); required with ORDERGATE_SMS=http…. */
  ORDERGATE_SMS_SECRET: z.string().min(16).optional(),
  /** 32 bytes, base64 or hex: the master key of identity-number encryption and hash. */
  ORDERGATE_DATA_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Processes serving the port (node:cluster); more than one needs PostgreSQL. */
  ORDERGATE_WORKERS: z.coerce.number().int().min(1).max(MAX_WORKERS).default(1),
  /** Bearer token for `/metrics`; without it `/metrics` answers only on the loopback interface. */
  ORDERGATE_METRICS_TOKEN: z.string().min(16).optional(),
});

export interface Config {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly demo: boolean;
  readonly vinLagHours: number;
  readonly slaHours: number;
  readonly sessionHours: number;
  readonly priceDropPolicy: boolean;
  readonly sms: 'log' | { readonly url: string };
  readonly smsSecret: string | null;
  readonly webhookHosts: 'public' | 'any';
  readonly publicUrl: string;
  readonly dataKey: string | null;
  readonly logLevel: string;
  readonly workers: number;
  readonly metricsToken: string | null;
}

/** The environment, checked once at start: a wrong value stops the process with the variable's name. */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  const sms = env.ORDERGATE_SMS;
  if (sms !== 'log' && !/^https?:\/\//.test(sms)) {
    throw new Error('invalid configuration: ORDERGATE_SMS must be "log" or an http(s):// URL');
  }
  if (sms !== 'log' && env.ORDERGATE_SMS_SECRET === undefined) {
    throw new Error('invalid configuration: ORDERGATE_SMS_SECRET is required when ORDERGATE_SMS is a URL');
  }
  return Object.freeze({
    production,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    demo: env.ORDERGATE_DEMO ?? !production,
    vinLagHours: env.ORDERGATE_VIN_LAG_HOURS,
    slaHours: env.ORDERGATE_SLA_HOURS,
    sessionHours: env.ORDERGATE_SESSION_HOURS,
    priceDropPolicy: env.ORDERGATE_PRICE_DROP_POLICY,
    sms: sms === 'log' ? 'log' : Object.freeze({ url: sms }),
    smsSecret: env.ORDERGATE_SMS_SECRET ?? null,
    webhookHosts: env.ORDERGATE_WEBHOOK_HOSTS,
    publicUrl: (env.ORDERGATE_PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/$/, ''),
    dataKey: env.ORDERGATE_DATA_KEY ?? null,
    logLevel: env.LOG_LEVEL,
    workers: env.ORDERGATE_WORKERS,
    metricsToken: env.ORDERGATE_METRICS_TOKEN ?? null,
  });
}
