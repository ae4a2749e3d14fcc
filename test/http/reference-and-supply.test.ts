import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

describe.each(DIALECTS)('catalog, quotas, materials and prices (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, user: string | null, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: user ? { authorization: `Bearer ${await t.login(user)}` } : {},
      ...(payload ? { payload } : {}),
    });

  it('answers the liveness probe without a token', async () => {
    expect((await call('GET', '/healthz', null)).json()).toEqual({ status: 'ok' });
  });

  it('refuses a wrong password with 401 and the same answer as an unknown user', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sh.sales', password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ghost', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('serves the catalog with the brand, models, trims and options in the contract shape', async () => {
    const catalog = (await call('GET', '/api/v1/catalog', 'sh.sales')).json();
    expect(catalog.brand).toEqual({ code: 'AUR', name: 'Aurora Motors', wmi: 'LA9' });
    expect(catalog.models.length).toBeGreaterThanOrEqual(3);
    expect(catalog.models.some((model: { powertrain: string }) => model.powertrain === 'BEV')).toBe(true);
    const option = catalog.models[0].options[0];
    expect(Object.keys(option).sort()).toEqual(
      [
        'category',
        'code',
        'excludes',
        'inProduction',
        'name',
        'parts',
        'priceCents',
        'requires',
        'special',
        'trims',
      ].sort(),
    );
  });

  it('lists the dealers with their regions and franchised models', async () => {
    const dealers = (await call('GET', '/api/v1/dealers', 'sh.sales')).json().items;
    expect(dealers.length).toBeGreaterThanOrEqual(6);
    expect(dealers.find((dealer: { code: string }) => dealer.code === 'SH001')).toMatchObject({ region: 'EAST' });
  });

  it('lets a planner set a cap, never below what verified orders use', async () => {
    await call('POST', '/api/v1/orders', 'sh.sales', validOrder(7));
    const quotas = (await call('GET', '/api/v1/quotas?region=EAST&month=2026-12&model=E7', 'allocator')).json().items;
    expect(quotas).toHaveLength(1);
    const used = quotas[0].used;
    expect(used).toBeGreaterThan(0);
    const below = await call('PUT', '/api/v1/quotas', 'allocator', {
      region: 'EAST',
      month: '2026-12',
      model: 'E7',
      cap: used - 1,
    });
    expect(below.statusCode).toBe(409);
    expect(below.json().code).toBe('cap_below_used');
    const raised = await call('PUT', '/api/v1/quotas', 'allocator', {
      region: 'EAST',
      month: '2026-12',
      model: 'E7',
      cap: used + 10,
    });
    expect(raised.json()).toMatchObject({ cap: used + 10, used });
    expect(
      (await call('PUT', '/api/v1/quotas', 'sh.sales', { region: 'EAST', month: '2026-12', model: 'E7', cap: 1 }))
        .statusCode,
    ).toBe(403);
    const badMonth = await call('PUT', '/api/v1/quotas', 'allocator', {
      region: 'EAST',
      month: '2026-13',
      model: 'E7',
      cap: 1,
    });
    expect(badMonth.statusCode).toBe(400);
    expect(badMonth.json().errors[0].path).toBe('month');
  });

  it('records a part supply and shows it', async () => {
    const updated = await call('PUT', '/api/v1/materials/LIDAR-UNIT', 'allocator', {
      availableUnits: 42,
      expectedAt: '2027-01-05T00:00:00Z',
    });
    expect(updated.statusCode).toBe(200);
    const parts = (await call('GET', '/api/v1/materials', 'reviewer')).json().items;
    expect(parts.find((part: { code: string }) => part.code === 'LIDAR-UNIT')).toMatchObject({ availableUnits: 42 });
    expect((await call('PUT', '/api/v1/materials/NO-SUCH-PART', 'allocator', { availableUnits: 1 })).statusCode).toBe(
      404,
    );
  });

  it('prices new orders from a new price-list version, keeping the items it does not name', async () => {
    const before = (await call('POST', '/api/v1/orders', 'sh.sales', validOrder(8))).json();
    const published = await call('POST', '/api/v1/prices', 'admin', {
      effectiveAt: '2026-12-01T00:00:00Z',
      items: [{ model: 'E7', trim: 'LR', priceCents: 10_000_000 }],
    });
    expect(published.statusCode).toBe(201);
    const after = (await call('POST', '/api/v1/orders', 'sh.sales', validOrder(9))).json();
    expect(after.listPriceCents).toBe(10_000_000);
    expect(before.listPriceCents).not.toBe(10_000_000);
    const unknown = await call('POST', '/api/v1/prices', 'admin', {
      effectiveAt: '2026-12-01T00:00:00Z',
      items: [{ model: 'E7', trim: 'NOPE', priceCents: 1 }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('items.0.trim');
    expect(
      (await call('POST', '/api/v1/prices', 'allocator', { effectiveAt: '2026-12-01T00:00:00Z', items: [] }))
        .statusCode,
    ).toBe(403);
  });

  it('publishes the OpenAPI document', async () => {
    const document = (await call('GET', '/docs/openapi.json', null)).json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/v1/orders'].post.requestBody).toBeDefined();
  });
});
