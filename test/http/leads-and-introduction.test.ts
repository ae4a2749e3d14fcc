import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId } from '../support/order-fixtures.js';
import { leadBody, mondayAt } from '../support/sales-fixtures.js';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

type Method = 'GET' | 'POST' | 'PATCH';

describe.each(DIALECTS)('leads, tailored introductions and orders from leads (%s)', (dialect) => {
  let t: TestApp;
  let sales: string;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sales = await t.login('sh.sales');
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, token: string, payload?: object, headers = {}) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(payload ? { payload } : {}),
    });
  const newLead = async (overrides: Record<string, unknown> = {}, token = sales) => {
    const response = await call('POST', '/api/v1/leads', token, leadBody(++n, overrides));
    expect(response.statusCode).toBe(201);
    return response.json();
  };

  it('records a lead with its needs, the phone normalised and the time of consent', async () => {
    const lead = await newLead({
      phone: '+86 139-0000-1234',
      budgetCents: 30_000_000,
      householdSize: 6,
      dailyDistanceKm: 40,
      homeCharging: true,
      usage: ['family_trips', 'commute'],
      priorities: ['space', 'safety'],
      motivation: 'replacement',
    });
    expect(lead).toMatchObject({
      dealerCode: 'SH001',
      phone: '13900001234',
      contactConsent: true,
      consentAt: TEST_NOW.toISOString(),
      householdSize: 6,
      priorities: ['space', 'safety'],
      orderId: null,
      version: 1,
    });
    const me = (await call('POST', '/api/v1/auth/login', sales, { username: 'sh.sales', password: 'demo1234' })).json();
    expect(lead.salespersonId).toBe(me.user.id);
  });

  it('refuses a phone without consent, a number that is no mobile and an unknown field, storing nothing', async () => {
    const before = (await call('GET', '/api/v1/leads?limit=200', sales)).json().items.length;
    const noConsent = await call('POST', '/api/v1/leads', sales, leadBody(++n, { contactConsent: false }));
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json().errors).toEqual([
      expect.objectContaining({ code: 'contact_consent_required', path: 'contactConsent' }),
    ]);
    const badPhone = await call('POST', '/api/v1/leads', sales, leadBody(++n, { phone: '12345' }));
    expect(badPhone.statusCode).toBe(422);
    expect(badPhone.json().errors).toEqual([expect.objectContaining({ code: 'phone_invalid', path: 'phone' })]);
    const repeated = await call('POST', '/api/v1/leads', sales, leadBody(++n, { priorities: ['space', 'space'] }));
    expect(repeated.json().errors).toEqual([
      expect.objectContaining({ code: 'priority_duplicate', path: 'priorities.1' }),
    ]);
    const unknown = await call('POST', '/api/v1/leads', sales, leadBody(++n, { shoeSize: 42 }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ code: 'unknown_field', path: 'shoeSize' })]);
    expect((await call('GET', '/api/v1/leads?limit=200', sales)).json().items.length).toBe(before);
  });

  it('masks the phone in lists and for the automaker, and hides a lead from other dealers', async () => {
    const lead = await newLead({ phone: '13912345678' });
    const listed = (await call('GET', '/api/v1/leads?limit=200', sales))
      .json()
      .items.find((item: { id: string }) => item.id === lead.id);
    expect(listed.phone).toBe('139****5678');
    const reviewer = await t.login('reviewer');
    expect((await call('GET', `/api/v1/leads/${lead.id}`, reviewer)).json().phone).toBe('139****5678');
    expect((await call('POST', '/api/v1/leads', reviewer, leadBody(++n))).statusCode).toBe(403);
    const beijing = await t.login('bj.sales');
    for (const [method, url, body] of [
      ['GET', `/api/v1/leads/${lead.id}`, undefined],
      ['PATCH', `/api/v1/leads/${lead.id}`, { householdSize: 2 }],
      ['GET', `/api/v1/leads/${lead.id}/recommendations`, undefined],
    ] as const) {
      expect((await call(method, url, beijing, body)).statusCode).toBe(404);
    }
    const theirs = (await call('GET', '/api/v1/leads?limit=200', beijing)).json().items;
    expect(theirs.some((item: { id: string }) => item.id === lead.id)).toBe(false);
  });

  it('updates a lead, refuses a stale version, and drops the phone when consent is withdrawn', async () => {
    const lead = await newLead();
    const stale = await call('PATCH', `/api/v1/leads/${lead.id}`, sales, { householdSize: 3 }, { 'if-match': '7' });
    expect(stale.statusCode).toBe(412);
    const updated = await call('PATCH', `/api/v1/leads/${lead.id}`, sales, { householdSize: 3 }, { 'if-match': '1' });
    expect(updated.json()).toMatchObject({ householdSize: 3, version: 2, phone: lead.phone });
    const withdrawn = (await call('PATCH', `/api/v1/leads/${lead.id}`, sales, { contactConsent: false })).json();
    expect(withdrawn).toMatchObject({ contactConsent: false, consentAt: null, phone: null, version: 3 });
  });

  it('assigns a lead only to a salesperson of the same dealer', async () => {
    const beijingManager = await t.login('bj.manager');
    const someoneElse = (
      await call('POST', '/api/v1/auth/login', beijingManager, { username: 'bj.manager', password: 'demo1234' })
    ).json();
    const refused = await call('POST', '/api/v1/leads', sales, leadBody(++n, { salespersonId: someoneElse.user.id }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ code: 'salesperson_unknown', path: 'salespersonId' }),
    ]);
  });

  it('introduces the 7-seat X9 to a household of 6, naming the need in each language', async () => {
    const lead = await newLead({ householdSize: 6, usage: ['family_trips'], priorities: ['space'] });
    const response = await call('GET', `/api/v1/leads/${lead.id}/recommendations`, sales);
    expect(response.statusCode).toBe(200);
    const [first] = response.json().offers;
    expect(first).toMatchObject({ model: 'X9', seats: 7, options: [{ code: 'SEAT-7' }] });
    expect(first.sellingPoints[0].explanation.en).toContain('household of 6');
    expect(first.sellingPoints[0].explanation['zh-CN']).toContain('6口之家');
    expect(first.talkingPoints.length).toBeGreaterThan(0);
  });

  it('introduces only models the dealer sells', async () => {
    const chongqing = await t.login('cq.sales');
    const lead = await newLead({ householdSize: 7 }, chongqing);
    const offers = (await call('GET', `/api/v1/leads/${lead.id}/recommendations`, chongqing)).json().offers;
    expect(offers.some((offer: { model: string }) => offer.model === 'X9')).toBe(false);
  });

  it('takes a lead from needs to a test drive, feedback and a verified order without typing anything twice', async () => {
    const lead = await newLead({
      name: '陈晨',
      phone: '13811112222',
      dailyDistanceKm: 80,
      homeCharging: true,
      priorities: ['running_cost'],
    });
    const [offer] = (await call('GET', `/api/v1/leads/${lead.id}/recommendations`, sales)).json().offers;
    expect(offer.model).toBe('E7');
    const cars = (await call('GET', '/api/v1/demo-cars', sales)).json().items;
    const e7 = cars.find((car: { model: string }) => car.model === 'E7');
    const startsAt = mondayAt('11:00');
    const booked = await call('POST', '/api/v1/test-drives', sales, { leadId: lead.id, carId: e7.id, startsAt });
    expect(booked.statusCode).toBe(201);
    const drive = booked.json();
    t.clock.set(new Date(Date.parse(startsAt) + 50 * 60_000));
    try {
      // Monday is days past the session's lifetime: the salesperson signs in again, as they would.
      const signIn = { username: 'sh.sales', password: 'demo1234' };
      const monday = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: signIn })).json().token;
      const feedback = await call('POST', `/api/v1/test-drives/${drive.id}/feedback`, monday, {
        liked: ['quiet cabin', 'one-pedal driving'],
        concerns: ['charging on trips'],
        nextStep: 'order',
      });
      expect(feedback.statusCode).toBe(200);
      expect(feedback.json()).toMatchObject({ status: 'completed', feedback: { nextStep: 'order' } });
      const ordered = await call('POST', `/api/v1/leads/${lead.id}/order`, monday, {
        vehicle: { model: offer.model, trim: offer.trim, options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19'] },
        customer: { idType: 'resident_id', idNumber: residentId(900) },
        deposit: {
          amountCents: 500_000,
          paidAt: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
          reference: 'PAY-LEAD-1',
        },
      });
      expect(ordered.statusCode).toBe(201);
      const order = ordered.json();
      expect(order).toMatchObject({ status: 'verified', customer: { name: '陈晨', phone: '13811112222' } });
      expect((await call('GET', `/api/v1/leads/${lead.id}`, monday)).json().orderId).toBe(order.id);
      const again = await call('POST', `/api/v1/leads/${lead.id}/order`, monday, {
        vehicle: { model: 'E7', trim: 'STD', options: ['PAINT-WHITE', 'INT-BLACK'] },
        customer: { idType: 'resident_id', idNumber: residentId(901) },
        deposit: { amountCents: 500_000, paidAt: TEST_NOW.toISOString(), reference: 'PAY-LEAD-2' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('lead_already_ordered');
    } finally {
      t.clock.set(TEST_NOW);
    }
  });

  it('refuses an order for a lead without a phone, and for another dealer’s lead', async () => {
    const lead = await newLead({ phone: null, contactConsent: false });
    const body = {
      vehicle: { model: 'C3', trim: 'COMFORT', options: ['PAINT-WHITE', 'INT-BLACK'] },
      customer: { idType: 'resident_id', idNumber: residentId(902) },
      deposit: { amountCents: 500_000, paidAt: TEST_NOW.toISOString(), reference: 'PAY-LEAD-3' },
    };
    const noPhone = await call('POST', `/api/v1/leads/${lead.id}/order`, sales, body);
    expect(noPhone.statusCode).toBe(422);
    expect(noPhone.json().errors).toEqual([expect.objectContaining({ code: 'lead_phone_missing', path: 'phone' })]);
    const beijing = await t.login('bj.sales');
    expect((await call('POST', `/api/v1/leads/${lead.id}/order`, beijing, body)).statusCode).toBe(404);
  });
});

describe.each(DIALECTS)('the sales funnel (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it('counts leads, test-driven, ordered and verified per dealer and salesperson, scoped by role', async () => {
    const sales = await t.login('sh.sales');
    const manager = await t.login('sh.manager');
    const beijing = await t.login('bj.sales');
    const lead = async (token: string, i: number) =>
      (await call('POST', '/api/v1/leads', token, leadBody(500 + i))).json();
    const [a, b, c] = [await lead(sales, 1), await lead(sales, 2), await lead(manager, 3)];
    await lead(beijing, 4);
    const cars = (await call('GET', '/api/v1/demo-cars', sales)).json().items;
    for (const [index, target] of [a, b].entries()) {
      const booked = await call('POST', '/api/v1/test-drives', sales, {
        leadId: target.id,
        carId: cars[index].id,
        startsAt: mondayAt('14:00'),
        salespersonId: index === 0 ? target.salespersonId : c.salespersonId,
      });
      expect(booked.statusCode).toBe(201);
    }
    const ordered = await call('POST', `/api/v1/leads/${a.id}/order`, sales, {
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19'] },
      customer: { idType: 'resident_id', idNumber: residentId(950) },
      deposit: { amountCents: 500_000, paidAt: '2026-12-03T10:00:00+08:00', reference: 'PAY-F-1' },
    });
    expect(ordered.json().status).toBe('verified');
    await call('POST', `/api/v1/leads/${b.id}/order`, sales, {
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19'] },
      customer: { idType: 'resident_id', idNumber: residentId(951) },
      deposit: { amountCents: 100, paidAt: '2026-12-03T10:00:00+08:00', reference: 'PAY-F-2' },
    });

    const own = await call('GET', '/api/v1/reports/funnel', manager);
    expect(own.statusCode).toBe(200);
    const report = own.json();
    expect(report.from).toBe('2026-11-30T16:00:00.000Z');
    expect(report.totals).toEqual({ leads: 3, testDriven: 2, ordered: 2, verified: 1 });
    expect(report.byDealer).toEqual([{ dealerCode: 'SH001', leads: 3, testDriven: 2, ordered: 2, verified: 1 }]);
    const bySales = Object.fromEntries(report.bySalesperson.map((row: { username: string }) => [row.username, row]));
    expect(bySales['sh.sales']).toMatchObject({ leads: 2, testDriven: 2, ordered: 2, verified: 1 });
    expect(bySales['sh.manager']).toMatchObject({ leads: 1, testDriven: 0, ordered: 0, verified: 0 });

    const oem = (await call('GET', '/api/v1/reports/funnel', await t.login('reviewer'))).json();
    expect(oem.totals.leads).toBe(4);
    expect(oem.byDealer.map((row: { dealerCode: string }) => row.dealerCode)).toEqual(['BJ001', 'SH001']);
    const lastMonth = await call(
      'GET',
      '/api/v1/reports/funnel?from=2026-11-01T00:00:00%2B08:00&to=2026-12-01T00:00:00%2B08:00',
      manager,
    );
    expect(lastMonth.json().totals.leads).toBe(0);
    expect((await call('GET', '/api/v1/reports/funnel', sales)).statusCode).toBe(403);
  });
});
