import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/adapters/http/build-app.js';
import type { RouteAccess } from '../../src/adapters/http/routes/all-routes.js';
import { ROLES, type Role } from '../../src/application/actor.js';
import { demoParts } from '../../src/main/demo/demo-network.js';
import { validOrder } from '../support/order-fixtures.js';
import { SAMPLE_BODIES } from '../support/route-samples.js';
import { listedRoutes, routeName } from '../support/route-table.js';
import { issueToken, mintSession } from '../support/security-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

/**
 * Every route of the table × every kind of caller, each answer checked against what the table says. The routes are
 * read from the table, never listed here, so a route added later is checked the day it is added.
 */
const TABLE = listedRoutes();

/** The codes of refusals made by the access layer itself (a use case may refuse with its own codes). */
const ACCESS_REFUSALS = ['unauthenticated', 'forbidden', 'csrf_failed'];

interface Caller {
  readonly name: string;
  readonly role: Role | null;
  /** The dealer the caller is bound to, if any. */
  readonly dealerCode: string | null;
  readonly scope: 'dealer' | 'plant' | null;
}

const CALLERS: readonly Caller[] = [
  { name: 'anonymous', role: null, dealerCode: null, scope: null },
  { name: 'dealer_sales', role: 'dealer_sales', dealerCode: 'SH001', scope: null },
  { name: 'dealer_manager', role: 'dealer_manager', dealerCode: 'SH001', scope: null },
  { name: 'oem_reviewer', role: 'oem_reviewer', dealerCode: null, scope: null },
  { name: 'oem_allocation', role: 'oem_allocation', dealerCode: null, scope: null },
  { name: 'oem_admin', role: 'oem_admin', dealerCode: null, scope: null },
  { name: 'integration (dealer token)', role: 'integration', dealerCode: 'SH001', scope: 'dealer' },
  { name: 'integration (plant token)', role: 'integration', dealerCode: null, scope: 'plant' },
];

const USERNAME_OF: Partial<Record<string, string>> = {
  dealer_sales: 'sh.sales',
  dealer_manager: 'sh.manager',
  oem_reviewer: 'reviewer',
  oem_allocation: 'allocator',
  oem_admin: 'admin',
};

/** What the table says a caller may do on a route. */
function admits(entry: RouteAccess, caller: Caller): boolean {
  if (entry.access.kind === 'public') return true;
  if (caller.role === null) return false;
  if (entry.access.kind === 'roles' && !entry.access.roles.includes(caller.role)) return false;
  return caller.scope === null || entry.integrationScopes.includes(caller.scope);
}

describe.each(DIALECTS)('the authorization matrix (%s)', (dialect) => {
  let t: TestApp;
  let orders: { own: string; other: string };
  let patchableUserId: string;
  const tokens: Record<'dealer' | 'plant', string> = { dealer: '', plant: '' };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await mintSession(t.services, 'admin');
    tokens.dealer = (await issueToken(t.app, admin, 'SH001 DMS', { kind: 'dealer', dealerCode: 'SH001' })).token;
    tokens.plant = (await issueToken(t.app, admin, 'Ningbo MES', { kind: 'plant', plantCode: 'NB' })).token;
    const submit = async (username: string, n: number) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${await mintSession(t.services, username)}` },
        payload: validOrder(n),
      });
      expect(response.statusCode).toBe(201);
      return (response.json() as { id: string }).id;
    };
    orders = { own: await submit('sh.sales', 8_001), other: await submit('bj.sales', 8_002) };
    patchableUserId = (await t.services.runner.read.users.findByUsername('cq.sales'))!.id;
  });
  afterAll(() => t.close());

  async function credentialOf(caller: Caller): Promise<string | null> {
    if (caller.scope !== null) return tokens[caller.scope];
    const username = caller.role === null ? undefined : USERNAME_OF[caller.role];
    // A fresh session for every call: a route may end the one it was called with (logout, password change).
    return username === undefined ? null : mintSession(t.services, username);
  }

  function sampleParam(name: string, url: string, order: 'own' | 'other'): string {
    if (name === 'id' && url.startsWith('/api/v1/orders/')) return orders[order];
    if (name === 'id' && url.startsWith('/api/v1/admin/users/')) return patchableUserId;
    if (name === 'id') return '00000000-0000-7000-8000-000000000000';
    if (name === 'code') return 'CQ001';
    if (name === 'part') return demoParts(TEST_NOW)[0]!.code;
    return 'sample';
  }

  async function call(entry: RouteAccess, caller: Caller, order: 'own' | 'other') {
    const url = entry.url.replace(/:(\w+)/g, (_match, name: string) => sampleParam(name, entry.url, order));
    const sample = SAMPLE_BODIES[routeName(entry)];
    const payload = sample ? sample() : entry.route.body ? {} : undefined;
    const credential = await credentialOf(caller);
    const response = await t.app.inject({
      method: entry.method,
      url,
      headers: credential === null ? {} : { authorization: `Bearer ${credential}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const code = String(response.headers['content-type']).includes('problem+json') ? response.json().code : null;
    return {
      status: response.statusCode,
      code: code as string | null,
      knownBody: sample !== undefined || !entry.route.body,
    };
  }

  describe.each(TABLE.map((entry) => [routeName(entry), entry] as const))('%s', (_name, entry) => {
    it.each(CALLERS.map((caller) => [caller.name, caller] as const))(
      'answers %s as the table says',
      async (_caller, caller) => {
        if (!admits(entry, caller)) {
          const answer = await call(entry, caller, 'own');
          if (caller.role === null) expect(answer).toMatchObject({ status: 401, code: 'unauthenticated' });
          else expect(answer).toMatchObject({ status: 403, code: 'forbidden' });
          return;
        }
        const bound = caller.dealerCode !== null && entry.access.kind !== 'public';
        if (entry.dealerScoped && bound) {
          const other = await call(entry, caller, 'other');
          // Another dealer's order does not exist for this caller; a body this suite cannot know may be refused first.
          expect(other.knownBody ? [404] : [400, 404]).toContain(other.status);
        }
        const own = await call(entry, caller, 'own');
        expect(own.status).toBeLessThan(500);
        expect(own.status).not.toBe(401);
        if (own.status === 403) expect(ACCESS_REFUSALS).not.toContain(own.code);
        if (entry.dealerScoped && own.knownBody) expect(own.status).not.toBe(404);
      },
    );
  });

  it('checks every role there is', () => {
    const covered = new Set(CALLERS.map((caller) => caller.role));
    expect(ROLES.filter((role) => !covered.has(role))).toEqual([]);
  });

  it('registers no route that the table does not list, and lists none that is not registered', async () => {
    const registered: string[] = [];
    const onRoute = (route: RouteOptions) => {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') registered.push(`${method} ${route.url}`);
      }
    };
    const app = await buildApp(t.services, { onRoute });
    await app.ready();
    await app.close();
    expect(registered.sort()).toEqual(TABLE.map(routeName).sort());
  });

  it('keeps the refusals of the access layer to problem+json with a stable code', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/orders',
      headers: { authorization: 'Bearer nope' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
  });
});
