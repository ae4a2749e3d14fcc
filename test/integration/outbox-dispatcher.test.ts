import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KyselyOutboxQueue } from '../../src/adapters/db/outbox-queue.js';
import type { DispatcherOptions } from '../../src/adapters/notify/outbox-dispatcher.js';
import { httpSmsGateway, logSmsGateway, type NotifyLogger } from '../../src/adapters/notify/sms-gateways.js';
import type { OutboxMessage } from '../../src/application/ports/repositories.js';
import { createOutboxDispatcher } from '../../src/main/notify-wiring.js';
import { LoopbackReceiver } from '../support/loopback-receiver.js';
import { moveOrder, testVin } from '../support/order-changes.js';
import { validOrder } from '../support/order-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const GATEWAY_SECRET = 'gateway-secret-0123456789';
/** Short, so that a gateway that never answers costs the test a moment. */
const TEST_TIMEOUT_MS = 200;
const AN_HOUR_MS = 3_600_000;
const quiet: NotifyLogger = { info: () => {}, warn: () => {}, error: () => {} };

interface SubmittedOrder {
  id: string;
  orderNo: string;
  trackingUrl: string;
  customer: { phone: string };
}

describe.each(DIALECTS)('the outbox dispatcher and a real HTTP SMS gateway (%s)', (dialect) => {
  let t: TestApp;
  let gateway: LoopbackReceiver;
  let gatewayUrl: string;
  let sales: string;
  let n = 8_000;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    gateway = new LoopbackReceiver(GATEWAY_SECRET);
    gatewayUrl = await gateway.start();
    sales = await t.login('sh.sales');
  });
  afterAll(async () => {
    await gateway.stop();
    await t.close();
  });

  const dispatcher = (options: Partial<Omit<DispatcherOptions, 'queue' | 'deliver'>> = {}) =>
    createOutboxDispatcher({
      services: t.services,
      database: t.database,
      sms: httpSmsGateway({ url: gatewayUrl, secret: GATEWAY_SECRET, timeoutMs: TEST_TIMEOUT_MS }),
      logger: quiet,
      random: () => 0.5,
      deliveryTimeoutMs: TEST_TIMEOUT_MS,
      ...options,
    });

  async function submit(): Promise<SubmittedOrder> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${sales}` },
      payload: validOrder(++n),
    });
    expect(response.json().status).toBe('verified');
    return response.json() as SubmittedOrder;
  }

  async function messagesOf(orders: readonly { id: string }[]): Promise<OutboxMessage[]> {
    const lists = await Promise.all(orders.map((order) => t.services.runner.read.outbox.forOrder(order.id)));
    return lists.flat();
  }

  it('delivers every message exactly once, signed, through a gateway that fails, times out, then accepts, across a restart', async () => {
    gateway.answer = (_key, attempt) => (attempt === 1 ? 500 : attempt === 2 ? 'hang' : 202);
    const orders = [await submit(), await submit(), await submit()];
    await moveOrder(t.services, orders[0]!.id, 'scheduled', { vin: testVin(n), eta: '2027-01-20' });
    const keys = (await messagesOf(orders)).map((message) => message.dedupKey);
    expect(keys).toHaveLength(4);

    // The first process sends a round, every message fails, and it is stopped.
    const first = dispatcher({ intervalMs: 10 });
    first.start();
    await gateway.received(4);
    await first.stop();
    const afterFailure = await messagesOf(orders);
    expect(afterFailure.map((message) => [message.status, message.attempts, message.lastError])).toEqual(
      keys.map(() => ['queued', 1, 'attempt 1: HTTP 500']),
    );

    // A new process over the same database carries on: its first round times out, its second is accepted.
    t.clock.advance(AN_HOUR_MS);
    const second = dispatcher();
    expect(await second.dispatchBatch()).toBe(4);
    expect((await messagesOf(orders)).every((message) => message.lastError?.startsWith('attempt 2: no answer'))).toBe(
      true,
    );
    t.clock.advance(AN_HOUR_MS);
    expect(await second.dispatchBatch()).toBe(4);
    t.clock.advance(AN_HOUR_MS);
    expect(await second.dispatchBatch()).toBe(0);

    expect(gateway.requests).toHaveLength(12);
    expect(gateway.requests.every((request) => request.signatureValid)).toBe(true);
    expect(gateway.accepted.toSorted()).toEqual(keys.toSorted());
    for (const key of keys) {
      const attempts = gateway.requests.filter((request) => request.dedupKey === key);
      expect(attempts.map((request) => request.answer)).toEqual([500, 'hang', 202]);
      expect(attempts.every((request) => request.headers['idempotency-key'] === key)).toBe(true);
      expect(attempts.every((request) => request.headers['x-dedup-key'] === key)).toBe(true);
    }
    const sent = await messagesOf(orders);
    expect(sent.every((message) => message.status === 'sent' && message.attempts === 3)).toBe(true);
    expect(sent.every((message) => message.sentAt !== null)).toBe(true);
  });

  it('sends the messages of different orders at once, and those of one order one after the other', async () => {
    const [slow, other] = [await submit(), await submit()];
    await moveOrder(t.services, slow.id, 'scheduled', { vin: testVin(n), eta: '2027-01-20' });
    const ofOrder = (order: { id: string }) => (key: string) => key.startsWith(`sms:${order.id}:`);
    // The slow order's first message is answered only once the other order's message has arrived: sent one after
    // the other, it would wait for an arrival that never comes and time out.
    const otherArrived = gateway.arrival(ofOrder(other));
    gateway.answer = (key) => (key.startsWith(`sms:${slow.id}:verified:`) ? { status: 202, after: otherArrived } : 202);
    // Time enough for the other message to arrive on a busy machine; sent one after the other, it never would.
    await dispatcher({ deliveryTimeoutMs: 2_000 }).dispatchBatch();

    const sent = await messagesOf([slow, other]);
    expect(sent.map((message) => [message.status, message.attempts])).toEqual(sent.map(() => ['sent', 1]));
    const arrivals = gateway.requests.map((request) => request.dedupKey);
    const slowArrivals = arrivals.filter(ofOrder(slow));
    expect(slowArrivals).toHaveLength(2);
    expect(slowArrivals[0]).toMatch(/:verified:/);
    expect(slowArrivals[1]).toMatch(/:scheduled:/);
    // The slow order's second message waited for its first, which waited for the other order's.
    expect(arrivals.indexOf(slowArrivals[1]!)).toBeGreaterThan(arrivals.findIndex(ofOrder(other)));
  });

  it('sends the gateway the JSON it expects: key, full number, template, language and the rendered text', async () => {
    gateway.answer = () => 200;
    const order = await submit();
    t.clock.advance(60_000);
    await moveOrder(t.services, order.id, 'scheduled', { vin: testVin(n), eta: '2027-02-03' });
    await dispatcher().dispatchBatch();
    const bodies = gateway.requests.slice(-2).map((request) => request.body);
    expect(bodies.map((body) => Object.keys(body))).toEqual([
      ['dedupKey', 'to', 'template', 'language', 'text'],
      ['dedupKey', 'to', 'template', 'language', 'text'],
    ]);
    expect(bodies.map((body) => [body.to, body.template, body.language])).toEqual([
      [order.customer.phone, 'order_verified', 'zh-CN'],
      [order.customer.phone, 'order_scheduled', 'zh-CN'],
    ]);
    const scheduledText = String(bodies[1]?.text);
    expect(scheduledText).toContain(order.orderNo);
    expect(scheduledText).toContain(testVin(n));
    expect(scheduledText).toContain('2027年2月3日');
    expect(scheduledText).toContain(order.trackingUrl);
    expect(scheduledText).toContain('张*');
  });

  it('finishes the batch in flight before a stop resolves', async () => {
    // Answered well within the timeout, but only after the stop was asked for.
    gateway.answer = () => ({ status: 200, delayMs: TEST_TIMEOUT_MS / 2 });
    const before = gateway.requests.length;
    const order = await submit();
    const running = dispatcher({ intervalMs: 10 });
    running.start();
    await gateway.received(before + 1);
    await running.stop();
    expect((await messagesOf([order]))[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('gives up at once on a 4xx, retries a 429, and shows the failure to the dealer', async () => {
    const [refused, throttled] = [await submit(), await submit()];
    const [refusedKey, throttledKey] = (await messagesOf([refused, throttled])).map((message) => message.dedupKey);
    gateway.answer = (key, attempt) => (key === refusedKey ? 400 : key === throttledKey && attempt === 1 ? 429 : 200);
    const worker = dispatcher();
    await worker.dispatchBatch();
    t.clock.advance(AN_HOUR_MS);
    await worker.dispatchBatch();
    expect((await messagesOf([throttled]))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(gateway.requests.filter((request) => request.dedupKey === refusedKey)).toHaveLength(1);

    const listed = await t.app.inject({
      url: `/api/v1/orders/${refused.id}/notifications`,
      headers: { authorization: `Bearer ${sales}` },
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        channel: 'sms',
        to: `${refused.customer.phone.slice(0, 3)}****${refused.customer.phone.slice(-4)}`,
        template: 'order_verified',
        status: 'failed',
        attempts: 1,
        sentAt: null,
        lastError: 'attempt 1: HTTP 400',
      }),
    ]);
  });

  it('marks a message failed after the last attempt, and sends it no more', async () => {
    const order = await submit();
    const [key] = (await messagesOf([order])).map((message) => message.dedupKey);
    gateway.answer = () => 503;
    const worker = dispatcher({ maxAttempts: 3 });
    for (let round = 0; round < 4; round++) {
      await worker.dispatchBatch();
      t.clock.advance(AN_HOUR_MS);
    }
    expect(gateway.requests.filter((request) => request.dedupKey === key)).toHaveLength(3);
    expect((await messagesOf([order]))[0]).toMatchObject({
      status: 'failed',
      attempts: 3,
      lastError: 'attempt 3: HTTP 503',
    });
  });

  it('claims again a message whose lease ran out (its dispatcher died mid-send), and fences the dead claim', async () => {
    gateway.answer = () => 200;
    const order = await submit();
    const queue = new KyselyOutboxQueue(t.database.db, t.database.dialect);
    const now = t.clock.now();
    const crashed = await queue.claimDue(now.toISOString(), new Date(now.getTime() + 60_000).toISOString(), 20);
    expect(crashed.map((message) => message.orderId)).toEqual([order.id]);

    const survivor = dispatcher();
    expect(await survivor.dispatchBatch()).toBe(0);
    t.clock.advance(61_000);
    expect(await survivor.dispatchBatch()).toBe(1);
    expect((await messagesOf([order]))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await queue.markRetry(crashed[0]!, now.toISOString(), 'late')).toBe(false);
    expect((await messagesOf([order]))[0]?.status).toBe('sent');
  });

  it('hands each due message to one claimer only, oldest first, when several claim at once', async () => {
    const base = t.clock.now().getTime();
    await t.services.runner.run(async (unit) => {
      for (let index = 0; index < 30; index++) {
        await unit.outbox.enqueue({
          id: `claim-test-${dialect}-${String(index).padStart(2, '0')}`,
          dedupKey: `claim-test-${dialect}-${index}`,
          orderId: null,
          channel: 'sms',
          recipient: '13800000000',
          template: 'order_verified',
          language: 'zh-CN',
          payload: {},
          createdAt: new Date(base - (30 - index) * 1_000).toISOString(),
        });
      }
    });
    const now = t.clock.now().toISOString();
    const lease = new Date(base + 60_000).toISOString();
    const queues = [0, 1, 2].map(() => new KyselyOutboxQueue(t.database.db, t.database.dialect));
    const oldest = await queues[0]!.claimDue(now, lease, 5);
    expect(oldest.map((message) => message.dedupKey)).toEqual([0, 1, 2, 3, 4].map((i) => `claim-test-${dialect}-${i}`));
    const [a, b] = await Promise.all([queues[1]!.claimDue(now, lease, 20), queues[2]!.claimDue(now, lease, 20)]);
    const ids = [...oldest, ...a!, ...b!].map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(a!.length).toBeLessThanOrEqual(20);
    expect(b!.length).toBeLessThanOrEqual(20);
    const rest = await queues[0]!.claimDue(now, lease, 30);
    expect(ids.length + rest.length).toBe(30);
    for (const message of [...oldest, ...a!, ...b!, ...rest]) await queues[0]!.markFailed(message, 'claim test');
  });

  it('logs a message with the log gateway, phone masked and tracking token left out, and keeps it as sent', async () => {
    const lines: object[] = [];
    const capture: NotifyLogger = { ...quiet, info: (details) => lines.push(details) };
    const order = await submit();
    const logging = createOutboxDispatcher({
      services: t.services,
      database: t.database,
      sms: logSmsGateway(capture),
      logger: quiet,
      random: () => 0.5,
    });
    expect(await logging.dispatchBatch()).toBe(1);
    expect((await messagesOf([order]))[0]).toMatchObject({ status: 'sent', attempts: 1 });
    const logged = JSON.stringify(lines);
    const phone = order.customer.phone;
    expect(logged).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(logged).not.toContain(phone);
    expect(logged).not.toContain(new URL(order.trackingUrl).pathname);
    expect(logged).toContain(order.orderNo);
  });
});
