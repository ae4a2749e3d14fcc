import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/application/actor.js';
import { submitOrder } from '../../src/application/commands/submit-order.js';
import type { ReferenceData } from '../../src/application/reference-data.js';
import type { Services } from '../../src/application/services.js';
import { startSchedulingJob } from '../../src/main/scheduling-job.js';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

const SALES: Actor = { userId: 'u-test', username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' };
const HOUR_MS = 3_600_000;

describe.each(DIALECTS)('the in-process scheduling job (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const recorder = () => {
    const lines: { level: string; data: object; message: string }[] = [];
    return {
      lines,
      log: {
        info: (data: object, message: string) => lines.push({ level: 'info', data, message }),
        error: (data: object, message: string) => lines.push({ level: 'error', data, message }),
      },
    };
  };

  it('logs a failed run instead of throwing, and the next run schedules what the failed one could not', async () => {
    const body = validOrder(1);
    const { order } = await submitOrder(
      t.services,
      SALES,
      'SH001',
      { ...body, customer: { ...body.customer, idType: 'resident_id', language: 'zh-CN' }, special: null },
      null,
    );
    t.clock.advance(73 * HOUR_MS);
    let broken = true;
    const reference = new Proxy(t.services.reference, {
      get: (target, property, receiver) =>
        broken && property === 'plants'
          ? () => Promise.reject(new Error('the plants table is unreachable'))
          : Reflect.get(target, property, receiver),
    }) as ReferenceData;
    const services: Services = { ...t.services, reference };
    const { lines, log } = recorder();
    const job = startSchedulingJob(services, log, HOUR_MS);
    try {
      await expect(job.tick()).resolves.toBeUndefined();
      expect(lines).toEqual([
        expect.objectContaining({ level: 'error', message: expect.stringContaining('scheduling run failed') }),
      ]);
      broken = false;
      await job.tick();
      expect(lines.at(-1)).toMatchObject({ level: 'info', data: { scheduled: 1, unscheduled: 0 } });
      expect((await t.services.runner.read.orders.findById(order.id))?.status).toBe('scheduled');
    } finally {
      await job.stop();
    }
  });

  it('runs one tick at a time and nothing once stopped', async () => {
    const { lines, log } = recorder();
    const job = startSchedulingJob(t.services, log, HOUR_MS);
    const [first, second] = [job.tick(), job.tick()];
    expect(second).toBe(first);
    await first;
    const body = validOrder(2);
    const { order } = await submitOrder(
      t.services,
      SALES,
      'SH001',
      { ...body, customer: { ...body.customer, idType: 'resident_id', language: 'zh-CN' }, special: null },
      null,
    );
    t.clock.advance(73 * HOUR_MS);
    await job.stop();
    await job.tick();
    expect((await t.services.runner.read.orders.findById(order.id))?.status).toBe('verified');
    expect(lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
