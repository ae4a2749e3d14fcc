import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';
import { addPlantIntegration, apiOf, eventTypes, panoramicOrder, scheduleDirectly } from '../support/order-life.js';

const EAST_E7 = { region: 'EAST', month: '2026-12', model: 'E7' };

describe.each(DIALECTS)('cancelling orders (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let n = 1_100;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
  });
  afterAll(() => t.close());

  const submit = async (body: object, user = 'sh.sales') => {
    const response = await api('POST', '/api/v1/orders', user, body);
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const cancel = (id: string, user: string, reason = 'The buyer changed their mind') =>
    api('POST', `/api/v1/orders/${id}/cancel`, user, { reason });
  const lidar = async () => (await t.services.runner.read.parts.findMany(['LIDAR-UNIT']))[0]!;
  const quota = () => t.services.runner.read.quotas.find(EAST_E7);

  it('lets a dealer cancel its postponed order, which stops waiting for its part and owes the deposit back', async () => {
    const order = await submit(panoramicOrder(++n));
    expect(order.status).toBe('postponed');
    const waiting = async () => (await t.services.runner.read.orderQueues.countWaitingByPart()).get('GLASS-PANO-E7');
    const before = await waiting();
    const response = await cancel(order.id, 'sh.sales');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', depositRefundStatus: 'pending' });
    expect(await waiting()).toBe((before ?? 0) - 1 || undefined);
    const events = await t.services.runner.read.orders.events(order.id);
    expect(events.at(-1)).toMatchObject({
      type: 'cancelled',
      actor: 'sh.sales',
      data: {
        reason: 'The buyer changed their mind',
        refund: 'pending',
        depositCents: 500_000,
        releasedQuota: null,
        releasedParts: [],
      },
    });
  });

  it('lets the automaker cancel a verified order, giving back its quota unit and its parts', async () => {
    const body = validOrder(++n, {
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19', 'ADAS-PILOT'] },
    });
    body.deposit.amountCents = 2_000_000;
    const order = await submit(body);
    expect(order.status).toBe('verified');
    const [quotaBefore, lidarBefore] = [await quota(), await lidar()];
    const response = await cancel(order.id, 'allocator', 'Fraudulent deposit');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', depositRefundStatus: 'pending' });
    expect((await quota())!.used).toBe(quotaBefore!.used - 1);
    expect(await t.services.runner.read.orders.countHoldingQuota(EAST_E7)).toBe((await quota())!.used);
    expect(await lidar()).toMatchObject({
      availableUnits: lidarBefore.availableUnits + 1,
      reservedUnits: lidarBefore.reservedUnits - 1,
    });
    const [cancelled] = (await t.services.runner.read.orders.events(order.id)).slice(-1);
    expect(cancelled?.data).toMatchObject({ releasedQuota: EAST_E7, releasedParts: ['LIDAR-UNIT'], refund: 'pending' });
  });

  it('lets the automaker cancel a scheduled order', async () => {
    const order = await submit(validOrder(++n));
    await scheduleDirectly(t, order.id);
    const before = await quota();
    expect((await cancel(order.id, 'admin')).json().status).toBe('cancelled');
    expect((await quota())!.used).toBe(before!.used - 1);
  });

  it('refuses a dealer’s cancel once the order is verified (403), changing nothing', async () => {
    const order = await submit(validOrder(++n));
    const before = await quota();
    const refused = await cancel(order.id, 'sh.sales');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('cancel_requires_oem');
    expect((await api('GET', `/api/v1/orders/${order.id}`, 'sh.sales')).json()).toMatchObject({
      status: 'verified',
      depositRefundStatus: null,
    });
    expect(await quota()).toEqual(before);
  });

  it('hides another dealer’s order (404), and needs a reason (400)', async () => {
    const order = await submit(panoramicOrder(++n));
    expect((await cancel(order.id, 'bj.sales')).statusCode).toBe(404);
    const silent = await cancel(order.id, 'sh.sales', '   ');
    expect(silent.statusCode).toBe(400);
    expect(silent.json().errors[0].path).toBe('reason');
  });

  it('refuses to cancel an order twice (409)', async () => {
    const order = await submit(panoramicOrder(++n));
    await cancel(order.id, 'sh.manager');
    const again = await cancel(order.id, 'allocator');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('cancel_not_allowed');
  });
});

describe.each(DIALECTS)('production milestones (%s)', (dialect) => {
  let t: TestApp;
  let api: ReturnType<typeof apiOf>;
  let plant: string;
  let n = 1_300;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    api = apiOf(t);
    plant = await addPlantIntegration(t);
  });
  afterAll(() => t.close());

  const verifiedOrder = async () => {
    const order = (await api('POST', '/api/v1/orders', 'sh.sales', validOrder(++n))).json();
    expect(order.status).toBe('verified');
    return order;
  };
  const report = (id: string, status: string, at: string, user = plant) =>
    api('POST', `/api/v1/orders/${id}/milestones`, user, { status, at });

  it('walks a scheduled order through production, shipping and delivery, messaging the customer', async () => {
    const order = await verifiedOrder();
    await scheduleDirectly(t, order.id);
    t.clock.advance(3 * 3_600_000);
    const built = await report(order.id, 'in_production', '2026-12-04T13:00:00+08:00');
    expect(built.statusCode).toBe(200);
    expect(built.json().status).toBe('in_production');
    expect((await report(order.id, 'shipped', '2026-12-04T06:00:00Z', 'allocator')).json().status).toBe('shipped');
    const delivered = await report(order.id, 'delivered', '2026-12-04T06:30:00Z', 'admin');
    expect(delivered.json()).toMatchObject({ status: 'delivered', priceCents: order.priceCents });
    expect(await eventTypes(t, order.id)).toEqual([
      'submitted',
      'verified',
      'scheduled',
      'in_production',
      'shipped',
      'delivered',
    ]);
    const events = await t.services.runner.read.orders.events(order.id);
    expect(events[3]).toMatchObject({
      at: '2026-12-04T05:00:00.000Z',
      actor: plant,
      data: { recordedAt: t.clock.now().toISOString() },
    });
    const messages = await t.services.runner.read.outbox.forOrder(order.id);
    expect(messages.map((message) => message.template)).toEqual(['order_verified', 'order_shipped', 'order_delivered']);
    const shippedCancel = await api('POST', `/api/v1/orders/${order.id}/cancel`, 'admin', { reason: 'Too late' });
    expect(shippedCancel.statusCode).toBe(409);
    expect(shippedCancel.json().code).toBe('cancel_not_allowed');
  });

  it('refuses a milestone out of order (409 transition_not_allowed), changing nothing', async () => {
    const order = await verifiedOrder();
    const early = await report(order.id, 'in_production', t.clock.now().toISOString());
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('transition_not_allowed');
    await scheduleDirectly(t, order.id);
    const skipped = await report(order.id, 'shipped', t.clock.now().toISOString());
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json().errors[0]).toMatchObject({ code: 'transition_not_allowed', path: 'status' });
    expect((await report(order.id, 'in_production', t.clock.now().toISOString())).statusCode).toBe(200);
    expect((await report(order.id, 'in_production', t.clock.now().toISOString())).statusCode).toBe(409);
    expect(await eventTypes(t, order.id)).toEqual(['submitted', 'verified', 'scheduled', 'in_production']);
  });

  it('refuses a milestone dated in the future (422) or an unknown one (400)', async () => {
    const order = await verifiedOrder();
    await scheduleDirectly(t, order.id);
    const future = await report(order.id, 'in_production', new Date(t.clock.now().getTime() + 60_000).toISOString());
    expect(future.statusCode).toBe(422);
    expect(future.json()).toMatchObject({ code: 'milestone_in_future', errors: [{ path: 'at' }] });
    expect((await report(order.id, 'scheduled', t.clock.now().toISOString())).statusCode).toBe(400);
  });

  it('takes milestones only from planners and plant systems', async () => {
    const order = await verifiedOrder();
    await scheduleDirectly(t, order.id);
    const at = t.clock.now().toISOString();
    expect((await report(order.id, 'in_production', at, 'sh.sales')).statusCode).toBe(403);
    expect((await report(order.id, 'in_production', at, 'reviewer')).statusCode).toBe(403);
  });

  it('keeps a scheduled order’s vehicle locked (409 CONFIG_LOCKED)', async () => {
    const order = await verifiedOrder();
    await scheduleDirectly(t, order.id);
    const locked = await api('PATCH', `/api/v1/orders/${order.id}`, 'sh.sales', {
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-BLACK', 'INT-BLACK', 'WHEEL-19'] },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('CONFIG_LOCKED');
  });
});
