import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { BODY_LIMIT_BYTES } from '../../src/adapters/http/build-app.js';
import { LOGIN_REQUESTS_PER_MINUTE } from '../../src/adapters/http/routes/auth-routes.js';
import { validOrder } from '../support/order-fixtures.js';
import { listedRoutes, routeName } from '../support/route-table.js';
import { mintSession } from '../support/security-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const TABLE = listedRoutes();

/** The paths inside a schema where an object lets unknown keys through (strips or keeps them) instead of refusing. */
function looseObjectsOf(schema: z.ZodType, path = '$'): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const found: string[] = [];
  if (def.type === 'object') {
    const catchall = def.catchall as z.ZodType | undefined;
    const strict =
      catchall !== undefined && (catchall as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'never';
    if (!strict) found.push(path);
    for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      found.push(...looseObjectsOf(value, `${path}.${key}`));
    }
    return found;
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'left', 'right', 'valueType'] as const) {
    const inner = def[key] as z.ZodType | undefined;
    if (inner && typeof inner === 'object' && '_zod' in inner) found.push(...looseObjectsOf(inner, path));
  }
  for (const option of (def.options as z.ZodType[] | undefined) ?? []) found.push(...looseObjectsOf(option, path));
  return found;
}

describe('the schemas of every route', () => {
  it.each(TABLE.map((entry) => [routeName(entry), entry] as const))(
    '%s refuses unknown fields at every level',
    (_name, entry) => {
      for (const part of ['body', 'query', 'params'] as const) {
        // A route that says it ignores unknown query parameters (shared links) is held to that, not to this.
        if (part === 'query' && entry.route.ignoresUnknownQuery) continue;
        const schema = entry.route[part];
        if (schema) expect(looseObjectsOf(schema), part).toEqual([]);
      }
    },
  );
});

describe.each(DIALECTS)('hostile and malformed requests (%s)', (dialect) => {
  let t: TestApp;
  let sales: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sales = await mintSession(t.services, 'sh.sales');
  });
  afterAll(() => t.close());

  const post = (url: string, payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { authorization: `Bearer ${sales}`, 'content-type': 'application/json', ...headers },
    });

  it.each([
    [
      'a body over 1 MiB',
      JSON.stringify({ ...validOrder(1), pad: 'x'.repeat(BODY_LIMIT_BYTES) }),
      413,
      'body_too_large',
    ],
    ['malformed JSON', '{"customer":', 400, 'malformed_json'],
    [
      'a __proto__ key',
      JSON.stringify(validOrder(2)).replace('{', '{"__proto__":{"role":"oem_admin"},'),
      400,
      'unsafe_json',
    ],
    ['a constructor.prototype key', '{"customer":{"constructor":{"prototype":{"x":1}}}}', 400, 'unsafe_json'],
    ['nesting 10,000 deep', `{"customer":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 400, 'unsafe_json'],
    ['an unknown field', JSON.stringify({ ...validOrder(3), discount: 100 }), 400, 'validation_failed'],
    ['a wrong type', JSON.stringify({ ...validOrder(4), deposit: 'all of it' }), 400, 'validation_failed'],
  ])('refuses %s with problem+json and its code', async (_name, payload, status, code) => {
    const response = await post('/api/v1/orders', payload);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status, code });
  });

  it('tells a wrong type from a missing field', async () => {
    const { customer: _customer, ...missing } = validOrder(5);
    const errors = async (payload: object) => (await post('/api/v1/orders', JSON.stringify(payload))).json().errors;
    expect(await errors(missing)).toContainEqual(expect.objectContaining({ path: 'customer', code: 'required' }));
    expect(await errors({ ...validOrder(6), deposit: 'all of it' })).toContainEqual(
      expect.objectContaining({ path: 'deposit', code: 'invalid_type' }),
    );
  });

  it('refuses the NUL character anywhere, which PostgreSQL cannot store, naming the field', async () => {
    const body = validOrder(7);
    body.customer.name = 'Zhang\u0000San';
    const response = await post('/api/v1/orders', JSON.stringify(body));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: 'customer.name', code: 'invalid_character' }),
    );
    const param = await t.app.inject({
      method: 'GET',
      url: '/api/v1/orders/%00',
      headers: { authorization: `Bearer ${sales}` },
    });
    expect(param.statusCode).toBe(400);
    expect(param.json().errors[0]).toMatchObject({ path: 'params.id', code: 'invalid_character' });
  });

  it('refuses a body the route does not take, naming each field', async () => {
    const response = await post('/api/v1/auth/logout', '{"everywhere":true}');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'everywhere', code: 'unknown_field', message: 'Unknown field "everywhere".' },
    ]);
    expect((await post('/api/v1/auth/logout', '[1,2]')).json().errors[0].code).toBe('unexpected_body');
  });

  it('refuses another media type with 415, an unreadable URL with 400 and an unknown route with 404, all as problems', async () => {
    const text = await post('/api/v1/orders', 'hello', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('unsupported_media_type');
    const url = await t.app.inject({ method: 'GET', url: '/api/v1/orders/%E0%A4%A' });
    expect(url.statusCode).toBe(400);
    expect(url.headers['content-type']).toContain('application/problem+json');
    const unknown = await t.app.inject({ method: 'DELETE', url: '/api/v1/catalog' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('not_found');
  });

  it('puts security headers on every answer, with a policy that allows the app its own scripts only', async () => {
    for (const response of [
      await t.app.inject({ method: 'GET', url: '/healthz' }),
      await t.app.inject({ method: 'GET', url: '/api/v1/orders' }),
      await t.app.inject({ method: 'GET', url: '/nowhere' }),
    ]) {
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('limits requests and time: 1 MiB bodies, a request timeout', () => {
    expect(t.app.initialConfig.bodyLimit).toBe(BODY_LIMIT_BYTES);
    expect((t.app.initialConfig as { requestTimeout?: number }).requestTimeout).toBeGreaterThan(0);
    expect(TABLE.find((entry) => routeName(entry) === 'POST /api/v1/auth/login')?.rateLimitPerMinute).toBe(
      LOGIN_REQUESTS_PER_MINUTE,
    );
  });

  it('limits sign-ins per address with 429 rate_limited, and leaves other addresses alone', async () => {
    // Bodies the schema refuses: counted like any attempt, without a password hash to compute.
    const login = (remoteAddress: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress, payload: {} });
    for (let i = 0; i < LOGIN_REQUESTS_PER_MINUTE; i++) expect((await login('192.0.2.1')).statusCode).toBe(400);
    const limited = await login('192.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('192.0.2.2')).statusCode).toBe(400);
  });
});
