import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadBody, MONDAY, mondayAt } from '../support/sales-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

type Method = 'GET' | 'POST' | 'PATCH';

describe.each(DIALECTS)('demo cars and test drives over HTTP (%s)', (dialect) => {
  let t: TestApp;
  let sales: string;
  let manager: string;
  let cars: { id: string; model: string; plate: string }[];
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sales = await t.login('sh.sales');
    manager = await t.login('sh.manager');
    cars = (await call('GET', '/api/v1/demo-cars', sales)).json().items;
  });
  afterAll(() => t.close());

  function call(method: Method, url: string, token: string, payload?: object, headers = {}) {
    return t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload ? { payload } : {}),
    });
  }
  const newLead = async (token = sales, overrides: Record<string, unknown> = {}) =>
    (await call('POST', '/api/v1/leads', token, leadBody(++n, overrides))).json();
  const book = (leadId: string, carId: string, startsAt: string, extra: Record<string, unknown> = {}) =>
    call('POST', '/api/v1/test-drives', sales, { leadId, carId, startsAt, ...extra });
  const outbox = (dedupKey: string) =>
    t.database.db.selectFrom('outbox').selectAll().where('dedup_key', '=', dedupKey).executeTakeFirst();

  it('gives every demo dealer two or three demo cars of models it sells', async () => {
    expect(cars.map((car) => car.model).sort()).toEqual(['C3', 'E7', 'X9']);
    const reviewer = await t.login('reviewer');
    const all = (await call('GET', '/api/v1/demo-cars', reviewer)).json().items;
    const perDealer = new Map<string, number>();
    for (const car of all as { dealerCode: string }[])
      perDealer.set(car.dealerCode, (perDealer.get(car.dealerCode) ?? 0) + 1);
    expect(perDealer.size).toBe(8);
    for (const count of perDealer.values()) expect(count).toBeGreaterThanOrEqual(2);
    const chongqing = (await call('GET', '/api/v1/demo-cars', await t.login('cq.sales'))).json().items;
    expect(chongqing.some((car: { model: string }) => car.model === 'X9')).toBe(false);
  });

  it('lets a dealer manager register a demo car, once per plate, and refuses a salesperson', async () => {
    const body = { model: 'E7', trim: 'PERF', plate: '沪A·D99001' };
    const created = await call('POST', '/api/v1/demo-cars', manager, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ dealerCode: 'SH001', plate: '沪AD99001', available: true });
    expect((await call('POST', '/api/v1/demo-cars', manager, body)).json().code).toBe('plate_taken');
    expect((await call('POST', '/api/v1/demo-cars', sales, { ...body, plate: '沪AD99002' })).statusCode).toBe(403);
    const bad = await call('POST', '/api/v1/demo-cars', manager, { model: 'E7', trim: 'NOPE', plate: 'XX' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((error: { path: string }) => error.path)).toEqual(['plate', 'trim']);
  });

  it('books a test drive and queues its reminder a day ahead for a customer who consented', async () => {
    const lead = await newLead();
    const response = await book(lead.id, cars[0]!.id, mondayAt('10:00'));
    expect(response.statusCode).toBe(201);
    const drive = response.json();
    expect(drive).toMatchObject({
      leadId: lead.id,
      carId: cars[0]!.id,
      salespersonId: lead.salespersonId,
      startsAt: mondayAt('10:00'),
      endsAt: mondayAt('10:45'),
      busyUntil: mondayAt('11:00'),
      status: 'booked',
    });
    const reminder = await outbox(`sms:test-drive:${drive.id}:1`);
    expect(reminder).toMatchObject({
      template: 'test_drive_reminder',
      recipient: lead.phone,
      status: 'queued',
      next_attempt_at: '2026-12-06T02:00:00.000Z',
    });
    expect(JSON.parse(reminder!.payload)).toMatchObject({ at: mondayAt('10:00'), customerName: '王**' });
  });

  it('sends no reminder to a customer who did not consent to be contacted', async () => {
    const lead = await newLead(sales, { phone: null, contactConsent: false });
    const drive = (await book(lead.id, cars[0]!.id, mondayAt('17:00'))).json();
    expect(drive.status).toBe('booked');
    expect(await outbox(`sms:test-drive:${drive.id}:1`)).toBeUndefined();
  });

  it('refuses a second booking of the car for the same or an overlapping slot, and of the salesperson', async () => {
    const [first, second, third] = [await newLead(), await newLead(), await newLead()];
    const manager2 = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'sh.manager', password: 'demo1234' },
      })
    ).json();
    expect((await book(first.id, cars[1]!.id, mondayAt('13:00'))).statusCode).toBe(201);
    for (const startsAt of [mondayAt('13:00'), mondayAt('13:15'), mondayAt('12:15')]) {
      const refused = await book(second.id, cars[1]!.id, startsAt, { salespersonId: manager2.user.id });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'slot_taken', errors: [{ path: 'carId' }] });
    }
    const busySalesperson = await book(third.id, cars[2]!.id, mondayAt('13:30'));
    expect(busySalesperson.statusCode).toBe(409);
    expect(busySalesperson.json().errors[0].path).toBe('salespersonId');
    expect(
      (await book(second.id, cars[1]!.id, mondayAt('14:00'), { salespersonId: manager2.user.id })).statusCode,
    ).toBe(201);
  });

  it('refuses starts off the quarter hour, outside opening hours or in the past, with the field', async () => {
    const lead = await newLead();
    for (const [startsAt, code] of [
      [mondayAt('10:10'), 'slot_not_aligned'],
      [mondayAt('17:15'), 'slot_outside_hours'],
      ['2026-12-04T03:00:00.000Z', 'slot_in_past'],
    ] as const) {
      const refused = await book(lead.id, cars[0]!.id, startsAt);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toContainEqual(expect.objectContaining({ code, path: 'startsAt' }));
    }
  });

  it('reschedules a drive, freeing its old time and replacing its reminder', async () => {
    const [lead, other] = [await newLead(), await newLead(sales)];
    const drive = (await book(lead.id, cars[0]!.id, mondayAt('15:00'))).json();
    const moved = await call(
      'PATCH',
      `/api/v1/test-drives/${drive.id}`,
      sales,
      { startsAt: mondayAt('16:00') },
      { 'if-match': '1' },
    );
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: mondayAt('16:00'), version: 2 });
    expect(await outbox(`sms:test-drive:${drive.id}:1`)).toBeUndefined();
    expect(await outbox(`sms:test-drive:${drive.id}:2`)).toBeDefined();
    const blocks = await t.database.db
      .selectFrom('test_drive_slots')
      .select('slot_start')
      .where('test_drive_id', '=', drive.id)
      .execute();
    expect(blocks.map((row) => row.slot_start).sort()).toEqual(
      [
        mondayAt('16:00'),
        mondayAt('16:15'),
        mondayAt('16:30'),
        mondayAt('16:45'),
        mondayAt('16:00'),
        mondayAt('16:15'),
        mondayAt('16:30'),
        mondayAt('16:45'),
      ].sort(),
    );
    expect((await book(other.id, cars[0]!.id, mondayAt('15:00'))).statusCode).toBe(201);
    const stale = await call(
      'PATCH',
      `/api/v1/test-drives/${drive.id}`,
      sales,
      { startsAt: mondayAt('09:00') },
      { 'if-match': '1' },
    );
    expect(stale.statusCode).toBe(412);
  });

  it('cancels a drive, freeing its time; a cancelled drive can no longer move', async () => {
    const [lead, other] = [await newLead(), await newLead()];
    const drive = (await book(lead.id, cars[2]!.id, mondayAt('09:00'))).json();
    const cancelled = await call('POST', `/api/v1/test-drives/${drive.id}/cancel`, sales);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(await outbox(`sms:test-drive:${drive.id}:1`)).toBeUndefined();
    expect((await book(other.id, cars[2]!.id, mondayAt('09:00'))).statusCode).toBe(201);
    const move = await call('PATCH', `/api/v1/test-drives/${drive.id}`, sales, { startsAt: mondayAt('11:00') });
    expect(move.statusCode).toBe(409);
    expect(move.json().code).toBe('test_drive_closed');
  });

  it('takes feedback only after the drive has started, and only once', async () => {
    const lead = await newLead();
    const drive = (await book(lead.id, cars[2]!.id, '2026-12-04T06:00:00.000Z')).json();
    const form = { liked: ['steering'], concerns: [], nextStep: 'second_drive' };
    const early = await call('POST', `/api/v1/test-drives/${drive.id}/feedback`, sales, form);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('test_drive_not_started');
    t.clock.set(new Date('2026-12-04T06:30:00.000Z'));
    try {
      const given = await call('POST', `/api/v1/test-drives/${drive.id}/feedback`, sales, form);
      expect(given.statusCode).toBe(200);
      expect(given.json()).toMatchObject({
        status: 'completed',
        feedback: { liked: ['steering'], nextStep: 'second_drive', givenBy: 'sh.sales' },
      });
      expect((await call('POST', `/api/v1/test-drives/${drive.id}/feedback`, sales, form)).json().code).toBe(
        'test_drive_closed',
      );
      const badStep = await call('POST', `/api/v1/test-drives/${drive.id}/feedback`, sales, {
        ...form,
        nextStep: 'maybe',
      });
      expect(badStep.statusCode).toBe(400);
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('lists the open starts of a car on a day, without the blocks already held', async () => {
    const lead = await newLead();
    const car = cars[1]!;
    const before = (await call('GET', `/api/v1/demo-cars/${car.id}/slots?date=${MONDAY}`, sales)).json().starts;
    expect(before).not.toContain(mondayAt('13:00'));
    expect(before).toContain(mondayAt('11:00'));
    await book(lead.id, car.id, mondayAt('11:00'), {});
    const after = (await call('GET', `/api/v1/demo-cars/${car.id}/slots?date=${MONDAY}`, sales)).json().starts;
    expect(after).not.toContain(mondayAt('11:00'));
    expect(after).not.toContain(mondayAt('10:15'));
    expect(after).toContain(mondayAt('10:00'));
  });

  it('refuses a car taken out of the calendar, and hides other dealers’ drives and cars', async () => {
    const lead = await newLead();
    const car = (
      await call('POST', '/api/v1/demo-cars', manager, { model: 'C3', trim: 'SPORT', plate: '沪A9C999' })
    ).json();
    expect((await call('PATCH', `/api/v1/demo-cars/${car.id}`, manager, { available: false })).json().available).toBe(
      false,
    );
    const refused = await book(lead.id, car.id, mondayAt('10:00'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('demo_car_unavailable');
    const beijing = await t.login('bj.sales');
    const drive = (await book(lead.id, cars[0]!.id, mondayAt('12:00'))).json();
    expect((await call('GET', `/api/v1/test-drives/${drive.id}`, beijing)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/test-drives/${drive.id}/cancel`, beijing)).statusCode).toBe(404);
    const theirLead = await newLead(beijing);
    expect(
      (
        await call('POST', '/api/v1/test-drives', beijing, {
          leadId: theirLead.id,
          carId: cars[0]!.id,
          startsAt: mondayAt('12:00'),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', '/api/v1/test-drives', beijing, {
          leadId: lead.id,
          carId: cars[0]!.id,
          startsAt: mondayAt('12:00'),
        })
      ).statusCode,
    ).toBe(404);
    const reviewer = await t.login('reviewer');
    expect((await call('GET', `/api/v1/test-drives/${drive.id}`, reviewer)).statusCode).toBe(200);
    expect((await call('POST', `/api/v1/test-drives/${drive.id}/cancel`, reviewer)).statusCode).toBe(403);
  });

  it('documents every new route in the API document with its access', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
    expect(document.paths['/api/v1/leads/{id}/recommendations'].get['x-access']).toContain('dealer_sales');
    expect(document.paths['/api/v1/test-drives'].post.requestBody).toBeDefined();
    expect(document.paths['/api/v1/reports/funnel'].get['x-access']).toEqual([
      'dealer_manager',
      'oem_reviewer',
      'oem_allocation',
      'oem_admin',
    ]);
  });
});
