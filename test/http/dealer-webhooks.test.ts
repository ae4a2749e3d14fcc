import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSmsGateway, type NotifyLogger } from '../../src/adapters/notify/sms-gateways.js';
import { createOutboxDispatcher } from '../../src/main/notify-wiring.js';
import { LoopbackReceiver } from '../support/loopback-receiver.js';
import { moveOrder, testVin } from '../support/order-changes.js';
import { validOrder } from '../support/order-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const quiet: NotifyLogger = { info: () => {}, warn: () => {}, error: () => {} };

describe.each(DIALECTS)("dealers' webhooks (%s)", (dialect) => {
  let t: TestApp;
  let dms: LoopbackReceiver;
  let dmsUrl: string;
  let manager: string;
  let sales: string;
  let otherDealer: string;
  let n = 6_000;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    dms = new LoopbackReceiver('not known yet');
    dmsUrl = await dms.start();
    [manager, sales, otherDealer] = await Promise.all([
      t.login('sh.manager'),
      t.login('sh.sales'),
      t.login('bj.sales'),
    ]);
  });
  afterAll(async () => {
    await dms.stop();
    await t.close();
  });

  const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  const dispatchAll = () =>
    createOutboxDispatcher({
      services: t.services,
      database: t.database,
      sms: logSmsGateway(quiet),
      logger: quiet,
      random: () => 0.5,
    }).dispatchBatch();

  async function submit(token = sales, overrides = {}): Promise<{ id: string; orderNo: string; status: string }> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...validOrder(++n), ...overrides },
    });
    return response.json() as { id: string; orderNo: string; status: string };
  }

  it.each([
    ['a URL that is no URL', { url: 'not a url' }],
    ['a scheme other than http(s)', { url: 'ftp://dms.example.com/hook' }],
    ['credentials in the URL', { url: 'https://user:pass@dms.example.com/hook' }],
    ['a secret too short to sign with', { url: 'https://dms.example.com/hook', secret: 'short' }],
    ['an unknown field', { url: 'https://dms.example.com/hook', events: ['all'] }],
  ])('refuses %s with 400 and the field', async (_case, body) => {
    const response = await call('PUT', '/api/v1/webhooks', manager, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors.length).toBeGreaterThan(0);
    expect((await call('GET', '/api/v1/webhooks', manager)).statusCode).toBe(404);
  });

  it("lets only the dealer's manager manage the webhook", async () => {
    expect((await call('PUT', '/api/v1/webhooks', sales, { url: dmsUrl })).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/webhooks', sales)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/webhooks' })).statusCode).toBe(401);
  });

  it('registers a webhook with a secret made for it, shown once, and signs every status change with it', async () => {
    const registered = await call('PUT', '/api/v1/webhooks', manager, { url: dmsUrl });
    expect(registered.statusCode).toBe(200);
    const secret = registered.json().secret as string;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    dms.useSecret(secret);
    const shown = (await call('GET', '/api/v1/webhooks', manager)).json();
    expect(shown).toMatchObject({ url: dmsUrl, updatedBy: 'sh.manager' });
    expect(JSON.stringify(shown)).not.toContain(secret);

    const order = await submit();
    await moveOrder(t.services, order.id, 'scheduled', { vin: testVin(n), eta: '2027-01-20' });
    await dispatchAll();
    const calls = dms.requests.filter((request) => request.body.orderId === order.id);
    expect(calls.map((request) => [request.body.status, request.body.seq])).toEqual([
      ['submitted', 1],
      ['verified', 2],
      ['scheduled', 3],
    ]);
    expect(calls.every((request) => request.signatureValid)).toBe(true);
    expect(calls[2]?.body).toEqual({
      event: 'order.status_changed',
      orderId: order.id,
      orderNo: order.orderNo,
      dealerCode: 'SH001',
      status: 'scheduled',
      at: '2026-12-04T04:00:00.000Z',
      seq: 3,
      vin: testVin(n),
      eta: '2027-01-20',
      dedupKey: `webhook:${order.id}:3`,
    });
    expect(calls.every((request) => request.headers['idempotency-key'] === request.dedupKey)).toBe(true);
    expect(calls.map((request) => request.rawBody).join()).not.toMatch(/张三|1380013/);
  });

  it("tells a dealer's DMS nothing of another dealer's orders", async () => {
    const before = dms.requests.length;
    const theirs = await submit(otherDealer);
    await dispatchAll();
    expect(dms.requests.slice(before).some((request) => request.body.orderId === theirs.id)).toBe(false);
  });

  it('calls the webhook for the new verdict when an edit verifies a rejected order again', async () => {
    const order = await submit(sales, {
      deposit: { amountCents: 1_000, paidAt: '2026-12-03T10:00:00+08:00', reference: 'X' },
    });
    expect(order.status).toBe('rejected');
    const fixed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/orders/${order.id}`,
      headers: { authorization: `Bearer ${sales}` },
      payload: { deposit: { amountCents: 600_000, paidAt: '2026-12-03T10:00:00+08:00', reference: 'PAY-OK' } },
    });
    expect(fixed.json().status).toBe('verified');
    await dispatchAll();
    const statuses = dms.requests.filter((request) => request.body.orderId === order.id).map((r) => r.body.status);
    expect(statuses).toEqual(['submitted', 'rejected', 'verified']);
  });

  it("lists an order's webhook calls with the receiver's host only, beside its text messages", async () => {
    const order = await submit();
    await dispatchAll();
    const items = (await call('GET', `/api/v1/orders/${order.id}/notifications`, sales)).json().items as {
      channel: string;
      to: string;
      status: string;
    }[];
    const host = new URL(dmsUrl).host;
    expect(items.map((item) => [item.channel, item.to, item.status])).toEqual([
      ['sms', expect.stringMatching(/^138\*{4}\d{4}$/), 'sent'],
      ['webhook', host, 'sent'],
      ['webhook', host, 'sent'],
    ]);
    expect((await call('GET', `/api/v1/orders/${order.id}/notifications`, otherDealer)).statusCode).toBe(404);
  });

  it('retries a webhook the DMS refuses for now, and gives up the calls left when the webhook is removed', async () => {
    dms.answer = () => 503;
    const order = await submit();
    await dispatchAll();
    const removed = await call('DELETE', '/api/v1/webhooks', manager);
    expect(removed.statusCode).toBe(204);
    expect((await call('GET', '/api/v1/webhooks', manager)).statusCode).toBe(404);
    t.clock.advance(3_600_000);
    await dispatchAll();
    const webhooks = (await t.services.runner.read.outbox.forOrder(order.id)).filter((m) => m.channel === 'webhook');
    expect(webhooks.map((message) => [message.status, message.attempts, message.lastError])).toEqual([
      ['failed', 2, 'attempt 2: the dealer has no webhook any more'],
      ['failed', 2, 'attempt 2: the dealer has no webhook any more'],
    ]);
    const later = await submit();
    expect((await t.services.runner.read.outbox.forOrder(later.id)).map((message) => message.channel)).toEqual(['sms']);
    expect((await call('DELETE', '/api/v1/webhooks', manager)).statusCode).toBe(404);
  });
});

describe.each(DIALECTS)("dealers' webhooks pointing inside the network, under the default policy (%s)", (dialect) => {
  let t: TestApp;
  let dms: LoopbackReceiver;
  let port: string;
  let manager: string;
  let sales: string;
  let n = 7_000;

  beforeAll(async () => {
    t = await createTestApp(dialect, { webhookHosts: 'public' });
    dms = new LoopbackReceiver('secret-of-the-internal-dms');
    port = new URL(await dms.start()).port;
    [manager, sales] = await Promise.all([t.login('sh.manager'), t.login('sh.sales')]);
  });
  afterAll(async () => {
    await dms.stop();
    await t.close();
  });

  const call = (method: 'GET' | 'PUT', url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it.each([
    ['this server', () => `http://127.0.0.1:${port}/hook`],
    ['this server by name', () => `http://localhost:${port}/hook`],
    ['the cloud’s instance metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private network', () => 'https://10.0.0.8/dms'],
    ['an intranet name', () => 'http://dms/hook'],
    ['this server in IPv6', () => `http://[::1]:${port}/hook`],
  ])('refuses a webhook at %s, naming the field, and stores nothing', async (_where, url) => {
    const response = await call('PUT', '/api/v1/webhooks', manager, { url: url() });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'webhook_host_not_public', errors: [{ path: 'url' }] });
    expect((await call('GET', '/api/v1/webhooks', manager)).statusCode).toBe(404);
  });

  it('never calls an address off the public internet, by number or by a name that resolves to one', async () => {
    const submitted: string[] = [];
    for (const host of ['127.0.0.1', 'localhost']) {
      // Stored as if registered before the policy (or through a name that resolved elsewhere then).
      await t.services.runner.run((unit) =>
        unit.webhooks.upsert({
          dealerCode: 'SH001',
          url: `http://${host}:${port}/hook`,
          secret: 'secret-of-the-internal-dms',
          createdAt: t.clock.now().toISOString(),
          updatedAt: t.clock.now().toISOString(),
          updatedBy: 'sh.manager',
        }),
      );
      t.services.webhooks.forget('SH001');
      const order = await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${sales}` },
        payload: validOrder(++n),
      });
      submitted.push((order.json() as { id: string }).id);
      await createOutboxDispatcher({
        services: t.services,
        database: t.database,
        sms: logSmsGateway(quiet),
        logger: quiet,
        random: () => 0.5,
      }).dispatchBatch();
    }
    expect(dms.requests).toHaveLength(0);
    for (const [index, host] of ['127.0.0.1', 'localhost'].entries()) {
      const calls = (await t.services.runner.read.outbox.forOrder(submitted[index]!)).filter(
        (message) => message.channel === 'webhook',
      );
      expect(calls.length).toBeGreaterThan(0);
      for (const message of calls) {
        expect([message.status, message.lastError]).toEqual(['failed', `attempt 1: ${host} is not a public address`]);
      }
    }
  });
});
