import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteAccess } from '../../src/adapters/http/routes/all-routes.js';
import { listedRoutes, routeName } from '../support/route-table.js';
import { SAMPLE_BODIES, sampleParam, type SampleRecords } from '../support/route-samples.js';
import { validOrder } from '../support/order-fixtures.js';
import { databaseFingerprint, mintSession } from '../support/security-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

/**
 * Every route of the table gets random and hostile input: random JSON, wrong types, huge and odd strings, deep
 * nesting, prototype keys, mangled samples, odd path and query values. No answer may be a 5xx, and an answer of
 * 4xx must leave every table exactly as it was.
 */
const TABLE = listedRoutes();
const RUNS_PER_ROUTE = 30;

/** Routes that record refused sign-ins by design (the lock counts them; the audit trail keeps them). */
const RECORDS_REFUSALS: Readonly<Record<string, readonly string[]>> = {
  'POST /api/v1/auth/login': ['login_failures', 'audit_events'],
  'POST /api/v1/auth/password': ['login_failures', 'audit_events'],
};

const USERNAME_OF_ROLE: Readonly<Record<string, string>> = {
  oem_admin: 'admin',
  dealer_sales: 'sh.sales',
  dealer_manager: 'sh.manager',
  oem_reviewer: 'reviewer',
  oem_allocation: 'allocator',
};

/** A caller the route admits, so that the input, not the access check, is what gets tested. */
function callerFor(entry: RouteAccess): string | null {
  if (entry.access.kind === 'public') return null;
  if (entry.access.kind === 'signed_in') return 'admin';
  const role = ['oem_admin', 'dealer_sales', 'oem_allocation', 'oem_reviewer', 'dealer_manager'].find((candidate) =>
    (entry.access as { roles: readonly string[] }).roles.includes(candidate),
  );
  return role === undefined ? 'admin' : (USERNAME_OF_ROLE[role] ?? 'admin');
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202E\u0041\u0042',
  '𠮷'.repeat(500),
  'x'.repeat(70_000),
  "' OR 1=1 --",
  '"; DROP TABLE orders; --',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  '1e309',
  '-0',
  'NaN',
  '__proto__',
  'constructor',
  'SO-2026-000001',
  '9'.repeat(400),
];

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...HOSTILE_STRINGS),
);

const KNOWN_KEYS = [
  'customer',
  'vehicle',
  'deposit',
  'special',
  'name',
  'phone',
  'idNumber',
  'role',
  'dealerCode',
  'scope',
  'kind',
  'password',
  'cap',
  'items',
  'status',
];

const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e21, 2 ** 53),
    oddString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const RAW_BODIES = [
  '{',
  '{"a":1}}',
  'null',
  'true',
  '"text"',
  '12',
  '[]',
  '{"__proto__":{"role":"oem_admin"}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  `{"customer":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`,
  `{"pad":"${'x'.repeat(1_100_000)}"}`,
  '\uFEFF{}',
  '{"a":"\\ud800"}',
];

/** Every path to a value inside a sample body, so that one of them can be mangled. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function mangle(
  sample: unknown,
  pathIndex: number,
  operation: 'set' | 'delete' | 'add',
  replacement: unknown,
): unknown {
  const copy = structuredClone(sample);
  const paths = pathsOf(copy);
  const path = paths[pathIndex % paths.length] ?? [];
  if (path.length === 0) return operation === 'set' ? replacement : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (operation === 'set') parent[last] = replacement;
  else if (operation === 'delete') delete parent[last];
  else if (typeof parent[last] === 'object' && parent[last] !== null)
    (parent[last] as Record<string, unknown>).unexpected = replacement;
  else parent[last] = { unexpected: replacement };
  return copy;
}

interface FuzzInput {
  readonly body: { readonly raw: string } | { readonly json: unknown } | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: string;
}

function inputsFor(entry: RouteAccess): fc.Arbitrary<FuzzInput> {
  const sample = SAMPLE_BODIES[routeName(entry)]?.() ?? {};
  const paramNames = [...entry.url.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  const body = fc.oneof(
    jsonValue.map((json) => ({ json })),
    fc
      .tuple(fc.nat(), fc.constantFrom('set' as const, 'delete' as const, 'add' as const), jsonValue)
      .map(([index, operation, value]) => ({ json: mangle(sample, index, operation, value) })),
    fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })),
    fc.string({ maxLength: 60 }).map((raw) => ({ raw })),
  );
  const params = fc.record(
    Object.fromEntries(paramNames.map((name) => [name, fc.option(oddString, { nil: undefined })])),
  ) as fc.Arbitrary<Record<string, string | undefined>>;
  const query = fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('limit', 'cursor', 'status', 'q', 'month', 'action'), fc.string({ maxLength: 6 })),
        oddString,
      ),
      { maxLength: 3 },
    )
    .map((pairs) => new URLSearchParams(pairs).toString());
  return fc.record({
    body: entry.method === 'GET' ? fc.constant(null) : body,
    params: params.map(
      (values) =>
        Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Record<string, string>,
    ),
    query: entry.method === 'GET' || entry.route.query ? query : fc.constant(''),
  });
}

describe.each(DIALECTS)('fuzzing every route of the table (%s)', (dialect) => {
  let t: TestApp;
  let records: SampleRecords;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const sales = await mintSession(t.services, 'sh.sales');
    const order = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${sales}` },
      payload: validOrder(4_242),
    });
    records = {
      orderId: (order.json() as { id: string }).id,
      userId: (await t.services.runner.read.users.findByUsername('cq.sales'))!.id,
    };
  });
  afterAll(() => t.close());

  it.each(TABLE.map((entry) => [routeName(entry), entry] as const))(
    '%s: never a 5xx, never a write on a 4xx',
    async (name, entry) => {
      const username = callerFor(entry);
      const except = RECORDS_REFUSALS[name] ?? [];
      let before = '';
      const send = async (input: FuzzInput) => {
        // Each run gets its own session, written before the fingerprint: a route may end the session it was called with.
        const token = username === null ? null : await mintSession(t.services, username);
        const url = entry.url.replace(/:(\w+)/g, (_match, param: string) =>
          // A URL carries bytes: a lone surrogate cannot travel in one, so it goes as the replacement character.
          encodeURIComponent(
            (input.params[param] ?? sampleParam(param, entry.url, records)).replace(/\p{Cs}/gu, '\uFFFD'),
          ),
        );
        before = await databaseFingerprint(t.database, except);
        return t.app.inject({
          method: entry.method,
          url: input.query === '' ? url : `${url}?${input.query}`,
          headers: {
            ...(token === null ? {} : { authorization: `Bearer ${token}` }),
            ...(input.body === null ? {} : { 'content-type': 'application/json' }),
          },
          ...(input.body === null
            ? {}
            : { payload: 'raw' in input.body ? input.body.raw : (JSON.stringify(input.body.json) ?? 'null') }),
        });
      };
      await fc.assert(
        fc.asyncProperty(inputsFor(entry), async (input) => {
          const response = await send(input);
          expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
          if (response.statusCode >= 400) {
            // A page answers a missing page with HTML for people; the server's own refusals are problem+json.
            expect(response.headers['content-type']).toMatch(
              entry.route.servesPage ? /^(text\/html|application\/problem\+json)/ : /^application\/problem\+json/,
            );
            expect(await databaseFingerprint(t.database, except)).toBe(before);
          }
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    },
  );
});
