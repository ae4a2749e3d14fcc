import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { validOrder } from '../support/order-fixtures.js';

describe.each(DIALECTS)('submitting orders over HTTP (%s)', (dialect) => {
  let t: TestApp;
  let sales: string;
  let n = 0;
  const next = () => ++n;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sales = await t.login('sh.sales');
  });
  afterAll(() => t.close());

  const submit = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${sales}`, ...headers },
      payload: body as object,
    });

  const orderCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('orders')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('verifies a complete, buildable order with room in its quota and reserves the unit', async () => {
    const before = await t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model: 'E7' });
    const response = await submit(validOrder(next()));
    expect(response.statusCode).toBe(201);
    const order = response.json();
    expect(order.status).toBe('verified');
    expect(order.orderNo).toMatch(/^SO-2026-\d{6}$/);
    expect(order.quota).toEqual({ region: 'EAST', month: '2026-12', model: 'E7' });
    expect(order.lockedPriceCents).toBe(order.listPriceCents);
    expect(order.priceCents).toBe(order.listPriceCents);
    expect(order.verification.checks.map((line: { check: string }) => line.check)).toEqual([
      'completeness',
      'buildability',
      'quota',
      'materials',
      'special',
    ]);
    expect(order.customer.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    const after = await t.services.runner.read.quotas.find({ region: 'EAST', month: '2026-12', model: 'E7' });
    expect(after!.used).toBe(before!.used + 1);
  });

  it('rejects an order whose ID check character is wrong, stores it, and names the field', async () => {
    const body = validOrder(next());
    const id = body.customer.idNumber;
    body.customer.idNumber = id.slice(0, 17) + (id.endsWith('1') ? '2' : '1');
    const response = await submit(body);
    expect(response.statusCode).toBe(201);
    const order = response.json();
    expect(order.status).toBe('rejected');
    expect(order.lockedPriceCents).toBeNull();
    expect(order.verification.checks).toContainEqual(
      expect.objectContaining({
        check: 'completeness',
        result: 'fail',
        code: 'id_number_checksum',
        path: 'customer.idNumber',
      }),
    );
  });

  it('rejects a deposit below the model minimum', async () => {
    const body = validOrder(next());
    body.deposit.amountCents = 100;
    const order = (await submit(body)).json();
    expect(order.status).toBe('rejected');
    expect(order.verification.checks).toContainEqual(
      expect.objectContaining({ code: 'deposit_below_minimum', path: 'deposit.amountCents' }),
    );
  });

  it('rejects an unbuildable configuration with every violation named', async () => {
    const body = validOrder(next());
    body.vehicle.options = ['PAINT-WHITE', 'PAINT-BLACK', 'ROOF-PANO', 'ROOF-SUNROOF'];
    const order = (await submit(body)).json();
    expect(order.status).toBe('rejected');
    const codes = order.verification.checks.map((line: { code: string }) => line.code);
    expect(codes).toEqual(
      expect.arrayContaining(['paint_multiple', 'interior_missing', 'option_requires', 'option_excludes']),
    );
  });

  it('postpones an order whose panoramic glass is out of stock, with the expected supply date', async () => {
    const body = validOrder(next());
    body.vehicle.options = ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO'];
    const order = (await submit(body)).json();
    expect(order.status).toBe('postponed');
    const hold = order.verification.checks.find((line: { result: string }) => line.result === 'hold');
    expect(hold).toMatchObject({ check: 'materials', code: 'part_short' });
    expect(hold.details.expectedAt).toMatch(/^2026-12-18/);
  });

  it('sends an order with a special option, and a flagged one, to manual review', async () => {
    const flagged = validOrder(next(), { special: { reason: 'VIP customer asks for a delivery ceremony' } });
    expect((await submit(flagged)).json().status).toBe('manual_review');
    const company = validOrder(next());
    company.customer.idType = 'company';
    company.customer.idNumber = '91350100M000100Y43';
    const order = (await submit(company)).json();
    expect(['manual_review', 'rejected']).toContain(order.status);
  });

  it('sends a second active order by the same buyer for the same model to review (anti-scalping)', async () => {
    const first = validOrder(next());
    expect((await submit(first)).json().status).toBe('verified');
    const again = validOrder(next());
    again.customer.idNumber = first.customer.idNumber;
    const order = (await submit(again)).json();
    expect(order.status).toBe('manual_review');
    expect(order.verification.checks).toContainEqual(expect.objectContaining({ code: 'duplicate_active_order' }));
  });

  it('rejects for quota when the bucket is full, suggesting other months and regions', async () => {
    const bj = await t.login('bj.sales');
    const post = (body: unknown) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${bj}` },
        payload: body as object,
      });
    const c3 = (k: number) =>
      validOrder(k, { vehicle: { model: 'C3', trim: 'COMFORT', options: ['PAINT-WHITE', 'INT-BLACK'] } });
    expect((await post(c3(next()))).json().status).toBe('verified');
    expect((await post(c3(next()))).json().status).toBe('verified');
    const third = (await post(c3(next()))).json();
    expect(third.status).toBe('rejected');
    const quota = third.verification.checks.find((line: { check: string }) => line.check === 'quota');
    expect(quota.code).toBe('quota_exhausted');
    expect(quota.details.suggestions.length).toBeGreaterThan(0);
    expect(quota.details.suggestions[0]).toMatchObject({ model: 'C3', delayDays: 0 });
  });

  it('returns the same order for a retried Idempotency-Key and refuses the key with another body', async () => {
    const body = validOrder(next());
    const first = await submit(body, { 'idempotency-key': `retry-${n}` });
    const again = await submit(body, { 'idempotency-key': `retry-${n}` });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const count = await orderCount();
    const other = await submit(validOrder(next()), { 'idempotency-key': `retry-${n - 1}` });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('IDEMPOTENCY_CONFLICT');
    expect(await orderCount()).toBe(count);
  });

  describe('refuses bodies that do not fit the schema, and writes nothing', () => {
    it.each([
      ['malformed JSON', '{"customer": ', 400, 'malformed_json', null],
      [
        'a missing object',
        JSON.stringify({ ...validOrder(1), vehicle: undefined }),
        400,
        'validation_failed',
        'vehicle',
      ],
      ['an unknown field', JSON.stringify({ ...validOrder(1), discount: 5 }), 400, 'validation_failed', 'discount'],
      [
        'a wrong type',
        JSON.stringify({ ...validOrder(1), deposit: { ...validOrder(1).deposit, amountCents: '5000' } }),
        400,
        'validation_failed',
        'deposit.amountCents',
      ],
      [
        'an unknown nested field',
        JSON.stringify({ ...validOrder(1), customer: { ...validOrder(1).customer, email: 'x@y' } }),
        400,
        'validation_failed',
        'customer.email',
      ],
      [
        'a body over 1 MiB',
        JSON.stringify({ ...validOrder(1), pad: 'x'.repeat(1_100_000) }),
        413,
        'body_too_large',
        null,
      ],
    ])('%s', async (_name, payload, status, code, path) => {
      const before = await orderCount();
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${sales}`, 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json();
      expect(problem).toMatchObject({ status, code });
      expect(problem).toHaveProperty('type');
      expect(problem).toHaveProperty('title');
      if (path !== null) expect(problem.errors.map((error: { path: string }) => error.path)).toContain(path);
      expect(await orderCount()).toBe(before);
    });
  });

  it('asks for a token, and refuses the automaker staff the dealer-only submission', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/orders', payload: validOrder(next()) });
    expect(anonymous.statusCode).toBe(401);
    const reviewer = await t.login('reviewer');
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${reviewer}` },
      payload: validOrder(next()),
    });
    expect(refused.statusCode).toBe(403);
  });
});
