import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';
import { apiOf, eventTypes, flaggedOrder, northC3Order } from '../support/order-life.js';

describe.each(DIALECTS)('the manual-review queue (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let n = 300;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
  });
  afterAll(() => t.close());

  const submit = async (body: object, user = 'sh.sales') => {
    t.clock.advance(1_000);
    const response = await api('POST', '/api/v1/orders', user, body);
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const bucket = (region: string, model: string, month = '2026-12') =>
    t.services.runner.read.quotas.find({ region, month, model });

  it('lists the orders waiting for a reviewer, oldest first, each with why it is there', async () => {
    const flagged = await submit(flaggedOrder(++n));
    const first = await submit(validOrder(++n));
    const duplicate = await submit(validOrder(n, { deposit: { ...validOrder(n).deposit, reference: 'PAY-again' } }));
    expect([flagged.status, first.status, duplicate.status]).toEqual(['manual_review', 'verified', 'manual_review']);
    const queue = await api('GET', '/api/v1/reviews', 'reviewer');
    expect(queue.statusCode).toBe(200);
    const items = queue.json().items as { id: string; reasons: { code: string; path: string }[] }[];
    const ours = items.filter((item) => item.id === flagged.id || item.id === duplicate.id);
    expect(ours.map((item) => item.id)).toEqual([flagged.id, duplicate.id]);
    expect(ours[0]?.reasons).toEqual([
      {
        code: 'dealer_flagged',
        message: 'The dealer flagged the order: Buyer asks for a factory visit at delivery',
        path: 'special.reason',
      },
    ]);
    expect(ours[1]?.reasons.map((reason) => reason.code)).toEqual(['duplicate_active_order']);
    expect(items.every((item) => (item as unknown as { status: string }).status === 'manual_review')).toBe(true);
  });

  it('pages through the queue with a cursor, oldest first', async () => {
    for (let i = 0; i < 3; i++) await submit(flaggedOrder(++n));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/reviews?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await api('GET', url, 'admin')).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item: { createdAt: string }) => item.createdAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect([...seen].sort()).toEqual(seen);
  });

  it('answers 401 without a token on every route of the order life, and documents each one', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/v1/reviews'],
      ['POST', '/api/v1/orders/x/review'],
      ['POST', '/api/v1/orders/x/reallocate'],
      ['POST', '/api/v1/orders/x/cancel'],
      ['POST', '/api/v1/orders/x/milestones'],
      ['POST', '/api/v1/quotas/transfers'],
      ['GET', '/api/v1/quotas/transfers'],
    ];
    const document = (await t.app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    for (const [method, url] of routes) {
      const response = await t.app.inject({ method: method as 'GET' | 'POST', url, payload: {} });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      const path = url.replace('/x/', '/{id}/');
      expect(document.paths[path]?.[method.toLowerCase()], `${method} ${path} documented`).toBeDefined();
    }
  });

  it('keeps the queue from dealers and planners', async () => {
    expect((await api('GET', '/api/v1/reviews', 'sh.sales')).statusCode).toBe(403);
    expect((await api('GET', '/api/v1/reviews', 'allocator')).statusCode).toBe(403);
  });

  it('verifies an approved order, taking its quota unit then, and records each step', async () => {
    const order = await submit(flaggedOrder(++n));
    const before = await bucket('EAST', 'E7');
    const approved = await api('POST', `/api/v1/orders/${order.id}/review`, 'reviewer', {
      decision: 'approve',
      reason: 'Known customer',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      id: order.id,
      status: 'verified',
      version: order.version + 1,
      verification: { decision: 'verified', decidedBy: 'reviewer' },
    });
    expect(approved.json().lockedPriceCents).toBe(order.listPriceCents);
    expect((await bucket('EAST', 'E7'))?.used).toBe(before!.used + 1);
    expect(await eventTypes(t, order.id)).toEqual(['submitted', 'manual_review', 'reviewed', 'verified']);
    const events = await t.services.runner.read.orders.events(order.id);
    expect(events[2]).toMatchObject({ actor: 'reviewer', data: { decision: 'approve', reason: 'Known customer' } });
    const messages = await t.services.runner.read.outbox.forOrder(order.id);
    expect(messages.map((message) => message.template)).toEqual(['order_verified']);
  });

  it('rejects an approved order when its quota ran out while it waited, and takes nothing', async () => {
    const order = await submit({ ...northC3Order(++n), special: { reason: 'Fleet test car' } }, 'bj.sales');
    expect(order.status).toBe('manual_review');
    await t.database.db
      .updateTable('quota_buckets')
      .set((eb) => ({ cap: eb.ref('used') }))
      .where('region', '=', 'NORTH')
      .where('month', '=', '2026-12')
      .where('model', '=', 'C3')
      .execute();
    const before = await bucket('NORTH', 'C3');
    const approved = (
      await api('POST', `/api/v1/orders/${order.id}/review`, 'reviewer', { decision: 'approve' })
    ).json();
    expect(approved.status).toBe('rejected');
    const quota = approved.verification.checks.find((line: { check: string }) => line.check === 'quota');
    expect(quota).toMatchObject({ result: 'fail', code: 'quota_exhausted' });
    expect(quota.details.suggestions.length).toBeGreaterThan(0);
    expect(await bucket('NORTH', 'C3')).toEqual(before);
  });

  it('rejects an order with the reviewer’s reason, and refuses a rejection without one', async () => {
    const order = await submit(flaggedOrder(++n));
    const silent = await api('POST', `/api/v1/orders/${order.id}/review`, 'reviewer', {
      decision: 'reject',
      reason: '  ',
    });
    expect(silent.statusCode).toBe(422);
    expect(silent.json()).toMatchObject({ code: 'review_reason_required', errors: [{ path: 'reason' }] });
    expect((await api('GET', `/api/v1/orders/${order.id}`, 'reviewer')).json().status).toBe('manual_review');
    const rejected = await api('POST', `/api/v1/orders/${order.id}/review`, 'reviewer', {
      decision: 'reject',
      reason: 'Suspected resale',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      lockedPriceCents: null,
      verification: { decision: 'rejected', decidedBy: 'reviewer' },
    });
    expect(rejected.json().verification.checks.at(-1)).toMatchObject({
      check: 'special',
      result: 'fail',
      code: 'review_rejected',
      message: 'Rejected by reviewer: Suspected resale',
    });
    expect(await eventTypes(t, order.id)).toEqual(['submitted', 'manual_review', 'reviewed', 'rejected']);
  });

  it('reviews only an order in the queue (409), and only the order desk may (403)', async () => {
    const verified = await submit(validOrder(++n));
    const refused = await api('POST', `/api/v1/orders/${verified.id}/review`, 'reviewer', { decision: 'approve' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('order_not_in_review');
    const flagged = await submit(flaggedOrder(++n));
    expect(
      (await api('POST', `/api/v1/orders/${flagged.id}/review`, 'sh.sales', { decision: 'approve' })).statusCode,
    ).toBe(403);
    const unknownDecision = await api('POST', `/api/v1/orders/${flagged.id}/review`, 'reviewer', { decision: 'maybe' });
    expect(unknownDecision.statusCode).toBe(400);
    expect(unknownDecision.json().errors[0].path).toBe('decision');
  });
});
