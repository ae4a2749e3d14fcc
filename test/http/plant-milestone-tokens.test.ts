import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';
import { scheduleDirectly } from '../support/order-life.js';

describe.each(DIALECTS)("a plant's integration token reporting milestones (%s)", (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const plantToken = async (plantCode: string) => {
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/tokens',
      headers: as(await t.login('admin')),
      payload: { name: `${plantCode} MES`, scope: { kind: 'plant', plantCode } },
    });
    expect(issued.statusCode).toBe(201);
    return issued.json().token as string;
  };

  it('reports for the orders built at its plant, and cannot reach any other order or read orders', async () => {
    const order = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: as(await t.login('sh.sales')),
        payload: validOrder(1),
      })
    ).json();
    await scheduleDirectly(t, order.id);
    const milestone = { status: 'in_production', at: t.clock.now().toISOString() };
    const ningbo = await plantToken('NB');
    const chongqing = await plantToken('CQ');
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/milestones`,
      headers: as(chongqing),
      payload: milestone,
    });
    expect(elsewhere.statusCode).toBe(404);
    const reported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/milestones`,
      headers: as(ningbo),
      payload: milestone,
    });
    expect(reported.statusCode).toBe(200);
    expect(reported.json().status).toBe('in_production');
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, headers: as(ningbo) });
    expect([403, 404]).toContain(read.statusCode);
  });
});
