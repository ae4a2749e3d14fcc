import { describe, expect, it } from 'vitest';
import { loadConfig, MAX_POOL_SIZE, MAX_WORKERS } from './config.js';

describe('loadConfig for text messages', () => {
  it('logs messages unless told otherwise, with no secret needed', () => {
    expect(loadConfig({})).toMatchObject({ sms: 'log', smsSecret: null });
  });

  it('posts to an HTTP gateway signed with its secret', () => {
    const config = loadConfig({ ORDERGATE_SMS: 'https://sms.example.com/send', ORDERGATE_SMS_SECRET: 'a'.repeat(32) });
    expect(config).toMatchObject({ sms: { url: 'https://sms.example.com/send' }, smsSecret: 'a'.repeat(32) });
  });

  it.each([
    [{ ORDERGATE_SMS: 'https://sms.example.com/send' }, /ORDERGATE_SMS_SECRET is required/],
    [{ ORDERGATE_SMS: 'https://sms.example.com/send', ORDERGATE_SMS_SECRET: 'short' }, /ORDERGATE_SMS_SECRET/],
    [{ ORDERGATE_SMS: 'smtp://mail' }, /ORDERGATE_SMS must be/],
  ])('refuses to start with %o', (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(message);
  });
});

describe('where dealers’ webhooks may point', () => {
  it('allows public hosts only unless told otherwise', () => {
    expect(loadConfig({}).webhookHosts).toBe('public');
    expect(loadConfig({ ORDERGATE_WEBHOOK_HOSTS: 'any' }).webhookHosts).toBe('any');
  });

  it('refuses any other value, naming the variable', () => {
    expect(() => loadConfig({ ORDERGATE_WEBHOOK_HOSTS: 'internal' })).toThrow('ORDERGATE_WEBHOOK_HOSTS');
  });
});

describe('the processes and metrics settings', () => {
  it('serves with one process and an open-on-loopback /metrics unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.workers).toBe(1);
    expect(config.databasePoolSize).toBe(4);
    expect(config.metricsToken).toBeNull();
  });

  it('reads the number of worker processes and the metrics token', () => {
    const config = loadConfig({
      ORDERGATE_WORKERS: '4',
      DATABASE_POOL_SIZE: '12',
      ORDERGATE_METRICS_TOKEN: 'a-long-enough-metrics-token',
    });
    expect(config.workers).toBe(4);
    expect(config.databasePoolSize).toBe(12);
    expect(config.metricsToken).toBe('a-long-enough-metrics-token');
  });

  it('refuses no processes, too many, a fraction, and a token too short to be a secret, naming the variable', () => {
    expect(() => loadConfig({ ORDERGATE_WORKERS: '0' })).toThrow('ORDERGATE_WORKERS');
    expect(() => loadConfig({ ORDERGATE_WORKERS: String(MAX_WORKERS + 1) })).toThrow('ORDERGATE_WORKERS');
    expect(() => loadConfig({ ORDERGATE_WORKERS: '1.5' })).toThrow('ORDERGATE_WORKERS');
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow('DATABASE_POOL_SIZE');
    expect(() => loadConfig({ DATABASE_POOL_SIZE: String(MAX_POOL_SIZE + 1) })).toThrow('DATABASE_POOL_SIZE');
    expect(() => loadConfig({ ORDERGATE_METRICS_TOKEN: 'short' })).toThrow('ORDERGATE_METRICS_TOKEN');
  });
});
