import { describe, expect, it } from 'vitest';
import { loadConfig, MAX_WORKERS } from './config.js';

describe('the processes and metrics settings', () => {
  it('serves with one process and an open-on-loopback /metrics unless told otherwise', () => {
    const config = loadConfig({});
    expect(config.workers).toBe(1);
    expect(config.metricsToken).toBeNull();
  });

  it('reads the number of worker processes and the metrics token', () => {
    const config = loadConfig({ ORDERGATE_WORKERS: '4', ORDERGATE_METRICS_TOKEN: 'a-long-enough-metrics-token' });
    expect(config.workers).toBe(4);
    expect(config.metricsToken).toBe('a-long-enough-metrics-token');
  });

  it('refuses no processes, too many, a fraction, and a token too short to be a secret, naming the variable', () => {
    expect(() => loadConfig({ ORDERGATE_WORKERS: '0' })).toThrow('ORDERGATE_WORKERS');
    expect(() => loadConfig({ ORDERGATE_WORKERS: String(MAX_WORKERS + 1) })).toThrow('ORDERGATE_WORKERS');
    expect(() => loadConfig({ ORDERGATE_WORKERS: '1.5' })).toThrow('ORDERGATE_WORKERS');
    expect(() => loadConfig({ ORDERGATE_METRICS_TOKEN: 'short' })).toThrow('ORDERGATE_METRICS_TOKEN');
  });
});
