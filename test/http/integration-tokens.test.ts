import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/application/actor.js';
import { findVisibleOrder, listVisibleOrders } from '../../src/application/queries/order-queries.js';
import { validOrder } from '../support/order-fixtures.js';
import { issueToken, mintSession } from '../support/security-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

describe.each(DIALECTS)('integration tokens (%s)', (dialect) => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await mintSession(t.services, 'admin');
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it('shows a new token once, with the ogi_ prefix, and stores only its hash', async () => {
    const issued = await call('POST', '/api/v1/admin/tokens', admin, {
      name: 'Shanghai DMS',
      scope: { kind: 'dealer', dealerCode: 'SH001' },
    });
    expect(issued.statusCode).toBe(201);
    const body = issued.json();
    expect(body.token).toMatch(/^ogi_[A-Za-z0-9_-]{43}$/);
    expect(body).toMatchObject({
      name: 'Shanghai DMS',
      scope: { kind: 'dealer', dealerCode: 'SH001' },
      createdBy: 'admin',
    });
    const listed = await call('GET', '/api/v1/admin/tokens', admin);
    expect(listed.body).not.toContain(body.token);
    expect(listed.json().items[0]).not.toHaveProperty('token');
    expect(listed.json().items[0]).not.toHaveProperty('tokenHash');
    const rows = await t.database.db.selectFrom('integration_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(body.token);
    expect(JSON.stringify(rows)).not.toContain(body.token.slice(4));
    const audit = (await call('GET', '/api/v1/admin/audit?action=token_issued', admin)).json();
    expect(audit.items[0]).toMatchObject({ target: `token:${body.id}`, detail: { name: 'Shanghai DMS' } });
    expect(JSON.stringify(audit)).not.toContain(body.token);
  });

  it("lets a dealer token submit and read its dealer's orders, and nobody else's", async () => {
    const { token } = await issueToken(t.app, admin, 'SH DMS', { kind: 'dealer', dealerCode: 'SH001' });
    const submitted = await call('POST', '/api/v1/orders', token, validOrder(501));
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ dealerCode: 'SH001', status: 'verified' });
    const own = submitted.json().id as string;
    expect((await call('GET', `/api/v1/orders/${own}`, token)).statusCode).toBe(200);
    const beijing = await mintSession(t.services, 'bj.sales');
    const other = (await call('POST', '/api/v1/orders', beijing, validOrder(502))).json().id as string;
    expect((await call('GET', `/api/v1/orders/${other}`, token)).statusCode).toBe(404);
    expect((await call('PATCH', `/api/v1/orders/${other}`, token, { customer: { name: '李四' } })).statusCode).toBe(
      404,
    );
    const list = (await call('GET', '/api/v1/orders?limit=200', token)).json().items as { dealerCode: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((order) => order.dealerCode === 'SH001')).toBe(true);
    const elsewhere = await call('POST', '/api/v1/orders', token, { ...validOrder(503), dealerCode: 'BJ001' });
    expect(elsewhere.statusCode).toBe(403);
    const events = (await call('GET', `/api/v1/orders/${own}/events`, token)).json().items;
    expect(events[0].actor).toBe('token:SH DMS');
  });

  it('keeps a plant token away from orders and everything else but its own routes', async () => {
    const { token } = await issueToken(t.app, admin, 'Ningbo MES', { kind: 'plant', plantCode: 'NB' });
    const me = await call('GET', '/api/v1/auth/me', token);
    expect(me.json()).toMatchObject({
      role: 'integration',
      dealerCode: null,
      scope: { kind: 'plant', plantCode: 'NB' },
    });
    for (const [method, url, payload] of [
      ['GET', '/api/v1/orders', undefined],
      ['POST', '/api/v1/orders', { ...validOrder(504), dealerCode: 'SH001' }],
      ['GET', '/api/v1/catalog', undefined],
      ['GET', '/api/v1/quotas', undefined],
    ] as const) {
      const response = await call(method, url, token, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });

  it('refuses order reads to a plant-scoped actor in the queries themselves', async () => {
    const plant: Actor = {
      userId: 'token-id',
      username: 'token:plant',
      role: 'integration',
      dealerCode: null,
      scope: { kind: 'plant', plantCode: 'NB' },
    };
    const read = t.services.runner.read;
    await expect(findVisibleOrder(read, plant, 'SO-2026-000001')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listVisibleOrders(read, plant, {}, 10, null)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a scope that names no dealer or plant, or of an unknown kind', async () => {
    const issue = (scope: object) => call('POST', '/api/v1/admin/tokens', admin, { name: 'x', scope });
    expect((await issue({ kind: 'dealer', dealerCode: 'NOPE' })).json().errors[0]).toMatchObject({
      code: 'dealer_unknown',
      path: 'scope.dealerCode',
    });
    expect((await issue({ kind: 'plant', plantCode: 'NOPE' })).json().errors[0].code).toBe('plant_unknown');
    expect((await issue({ kind: 'region', regionCode: 'EAST' })).statusCode).toBe(400);
    expect((await issue({ kind: 'dealer', dealerCode: 'SH001', plantCode: 'NB' })).statusCode).toBe(400);
  });

  it('records the last use at most once a minute', async () => {
    const issued = await issueToken(t.app, admin, 'Busy DMS', { kind: 'dealer', dealerCode: 'SH001' });
    const lastUse = async () =>
      (
        await t.database.db
          .selectFrom('integration_tokens')
          .select('last_used_at')
          .where('id', '=', issued.id)
          .executeTakeFirstOrThrow()
      ).last_used_at;
    expect(await lastUse()).toBeNull();
    const first = t.clock.now().toISOString();
    await call('GET', '/api/v1/auth/me', issued.token);
    expect(await lastUse()).toBe(first);
    t.clock.advance(30_000);
    await call('GET', '/api/v1/auth/me', issued.token);
    expect(await lastUse()).toBe(first);
    t.clock.advance(31_000);
    await call('GET', '/api/v1/auth/me', issued.token);
    expect(await lastUse()).toBe(t.clock.now().toISOString());
    const listed = (await call('GET', '/api/v1/admin/tokens?limit=200', admin)).json().items;
    expect(listed.find((token: { id: string }) => token.id === issued.id).lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it('revokes a token for good, once', async () => {
    const issued = await issueToken(t.app, admin, 'Old DMS', { kind: 'dealer', dealerCode: 'SH001' });
    expect((await call('GET', '/api/v1/auth/me', issued.token)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/v1/admin/tokens/${issued.id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/auth/me', issued.token)).statusCode).toBe(401);
    expect((await call('DELETE', `/api/v1/admin/tokens/${issued.id}`, admin)).statusCode).toBe(204);
    const audit = (await call('GET', '/api/v1/admin/audit?action=token_revoked&limit=200', admin)).json().items;
    expect(audit.filter((entry: { target: string }) => entry.target === `token:${issued.id}`)).toHaveLength(1);
    expect((await call('DELETE', '/api/v1/admin/tokens/no-such-token', admin)).statusCode).toBe(404);
  });

  it('does not let a token sign out or change a password', async () => {
    const { token } = await issueToken(t.app, admin, 'Sneaky', { kind: 'dealer', dealerCode: 'SH001' });
    expect((await call('POST', '/api/v1/auth/logout', token)).statusCode).toBe(403);
    const change = await call('POST', '/api/v1/auth/password', token, {
      currentPassword: 'x',
      newPassword: 'a long new password',
    });
    expect(change.statusCode).toBe(403);
  });
});
