import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

describe.each(DIALECTS)('reading and correcting orders (%s)', (dialect) => {
  let t: TestApp;
  let sales: string;
  let n = 100;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sales = await t.login('sh.sales');
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object, headers = {}) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload ? { payload } : {}),
    });

  it('lets a dealer fix a rejected order, which is verified again and keeps its number', async () => {
    const body = validOrder(++n);
    body.deposit.amountCents = 1_000;
    const rejected = (await call('POST', '/api/v1/orders', sales, body)).json();
    expect(rejected.status).toBe('rejected');
    const fixed = await call(
      'PATCH',
      `/api/v1/orders/${rejected.id}`,
      sales,
      { deposit: { ...body.deposit, amountCents: 600_000 } },
      { 'if-match': String(rejected.version) },
    );
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json()).toMatchObject({
      status: 'verified',
      orderNo: rejected.orderNo,
      version: rejected.version + 1,
    });
    const events = (await call('GET', `/api/v1/orders/${rejected.id}/events`, sales)).json().items;
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'submitted',
      'rejected',
      'edited',
      'verified',
    ]);
    expect(events.map((event: { seq: number }) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    const body = validOrder(++n);
    body.deposit.amountCents = 1_000;
    const order = (await call('POST', '/api/v1/orders', sales, body)).json();
    const stale = await call(
      'PATCH',
      `/api/v1/orders/${order.id}`,
      sales,
      { deposit: { ...body.deposit, amountCents: 600_000 } },
      { 'if-match': '99' },
    );
    expect(stale.statusCode).toBe(412);
    expect((await call('GET', `/api/v1/orders/${order.id}`, sales)).json().status).toBe('rejected');
  });

  it('locks the vehicle of a verified order (409 CONFIG_LOCKED) but lets the phone change', async () => {
    const order = (await call('POST', '/api/v1/orders', sales, validOrder(++n))).json();
    expect(order.status).toBe('verified');
    const locked = await call('PATCH', `/api/v1/orders/${order.id}`, sales, {
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-RED', 'INT-BLACK', 'WHEEL-19'] },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'CONFIG_LOCKED' });
    expect(locked.json().errors[0].path).toBe('vehicle');
    const phone = await call('PATCH', `/api/v1/orders/${order.id}`, sales, {
      customer: { phone: '+86 139 0000 1111' },
    });
    expect(phone.statusCode).toBe(200);
    expect(phone.json()).toMatchObject({ status: 'verified', customer: { phone: '13900001111' } });
  });

  it("shows a dealer only its own orders: another dealer's order is 404, and absent from its list", async () => {
    const order = (await call('POST', '/api/v1/orders', sales, validOrder(++n))).json();
    const beijing = await t.login('bj.sales');
    expect((await call('GET', `/api/v1/orders/${order.id}`, beijing)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/orders/${order.id}/events`, beijing)).statusCode).toBe(404);
    expect(
      (await call('PATCH', `/api/v1/orders/${order.id}`, beijing, { customer: { name: '李四' } })).statusCode,
    ).toBe(404);
    const list = (await call('GET', '/api/v1/orders?limit=200', beijing)).json();
    expect(list.items.every((item: { dealerCode: string }) => item.dealerCode === 'BJ001')).toBe(true);
    const reviewer = await t.login('reviewer');
    const seen = (await call('GET', `/api/v1/orders/${order.orderNo}`, reviewer)).json();
    expect(seen.id).toBe(order.id);
    expect(seen.customer.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('pages through the orders newest first with a cursor, and refuses a forged cursor', async () => {
    for (let i = 0; i < 5; i++) await call('POST', '/api/v1/orders', sales, validOrder(++n));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/orders?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call('GET', url, sales)).json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item: { id: string }) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    const forged = await call('GET', '/api/v1/orders?cursor=not-a-cursor', sales);
    expect(forged.statusCode).toBe(400);
    const tooMany = await call('GET', '/api/v1/orders?limit=5000', sales);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toBe('query.limit');
  });
});

describe.each(DIALECTS)('changing the model of an unverified order (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it("moves the order to the new model's quota bucket and takes that bucket's unit when it verifies", async () => {
    const sales = await t.login('sh.sales');
    const headers = { authorization: `Bearer ${sales}` };
    const body = validOrder(900);
    body.deposit.amountCents = 100;
    const rejected = (await t.app.inject({ method: 'POST', url: '/api/v1/orders', headers, payload: body })).json();
    expect(rejected).toMatchObject({ status: 'rejected', quota: { model: 'E7' } });
    const bucket = (model: string) => t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model });
    const [e7Before, c3Before] = [await bucket('E7'), await bucket('C3')];
    const fixed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/orders/${rejected.id}`,
      headers,
      payload: {
        vehicle: { model: 'C3', trim: 'COMFORT', options: ['PAINT-WHITE', 'INT-BLACK'] },
        deposit: { ...body.deposit, amountCents: 600_000 },
      },
    });
    expect(fixed.json()).toMatchObject({
      status: 'verified',
      quota: { region: 'EAST', month: '2026-12', model: 'C3' },
    });
    expect((await bucket('C3'))!.used).toBe(c3Before!.used + 1);
    expect((await bucket('E7'))!.used).toBe(e7Before!.used);
  });
});
