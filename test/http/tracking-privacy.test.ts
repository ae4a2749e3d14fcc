import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStreamClient } from '../support/event-stream-client.js';
import { moveOrder, testVin } from '../support/order-changes.js';
import { residentId, validOrder } from '../support/order-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

const NAME = '欧阳娜娜';
const PHONE = '13912345678';
const ID_NUMBER = residentId(424_242);

/** Every way the buyer's personal data could show up in a response: whole, in parts, reformatted. */
const FORBIDDEN = [
  NAME,
  NAME.slice(1),
  PHONE,
  '139 1234 5678',
  '139-1234-5678',
  `+86${PHONE}`,
  ID_NUMBER,
  ID_NUMBER.toLowerCase(),
  ID_NUMBER.slice(6, 14),
  'idNumber',
];

describe.each(DIALECTS)('what the tracking link shows of the buyer (%s)', (dialect) => {
  let t: TestApp;
  let origin: string;
  let orderId: string;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const sales = await t.login('sh.sales');
    const body = {
      ...validOrder(1),
      customer: {
        name: NAME,
        phone: `+86 ${PHONE.slice(0, 3)} ${PHONE.slice(3, 7)} ${PHONE.slice(7)}`,
        idType: 'resident_id',
        idNumber: ID_NUMBER,
      },
      // A dealer's note may name the buyer; the page must say why the order waits without quoting it.
      special: { reason: `VIP ${NAME}, call ${PHONE}, ID ${ID_NUMBER}` },
    };
    const order = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${sales}` },
        payload: body,
      })
    ).json() as { id: string; status: string; trackingUrl: string };
    expect(order.status).toBe('manual_review');
    orderId = order.id;
    token = new URL(order.trackingUrl).pathname.slice('/t/'.length);
  });
  afterAll(() => t.close());

  /** Every tracking response, in both languages, for the order as it is now. */
  async function everyResponse(): Promise<string[]> {
    const bodies: string[] = [];
    for (const path of [`/t/${token}`, `/track/${token}`, `/api/v1/track/${token}`]) {
      for (const headers of [{}, { 'accept-language': 'en' }]) {
        const response = await t.app.inject({ url: path, headers });
        expect(response.statusCode).toBe(200);
        bodies.push(response.body, JSON.stringify(response.headers));
      }
      bodies.push((await t.app.inject({ url: `${path}?lang=en` })).body);
    }
    return bodies;
  }

  function expectNoPersonalData(bodies: readonly string[]): void {
    for (const body of bodies) {
      for (const forbidden of FORBIDDEN) expect(body).not.toContain(forbidden);
    }
  }

  it('shows the buyer masked and never the ID number, on every page, JSON and event stream, at every stage', async () => {
    const seen: string[] = [];
    const stream = await EventStreamClient.open(`${origin}/track/${token}/events`);
    try {
      seen.push(...(await everyResponse()));
      // In review, the page says why in plain words, without quoting the dealer's note.
      expect((await t.app.inject({ url: `/track/${token}?lang=en` })).json().notice).toEqual({
        kind: 'review',
        text: 'The automaker is reviewing your order (a special request from your dealer). Your dealer will let you know the outcome.',
      });
      await moveOrder(t.services, orderId, 'verified');
      seen.push(...(await everyResponse()));
      await moveOrder(t.services, orderId, 'scheduled', { vin: testVin(1), eta: '2027-01-20' });
      await moveOrder(t.services, orderId, 'in_production');
      await moveOrder(t.services, orderId, 'shipped');
      seen.push(...(await everyResponse()));
      for (let event = 0; event < 6; event++) await stream.next();
    } finally {
      stream.close();
    }
    seen.push(stream.body.text, JSON.stringify(stream.headers));
    expectNoPersonalData(seen);
    const page = (await t.app.inject({ url: `/t/${token}` })).body;
    expect(page).toContain('欧***');
    expect(page).toContain('139****5678');
  });

  it('gives the JSON the buyer as masked name and phone only, with no customer record', async () => {
    const other = (await t.app.inject({ url: `/track/${token}?lang=en` })).json();
    expect(other.customerName).toBe('欧***');
    expect(other.customerPhone).toBe('139****5678');
    expect(Object.keys(other)).not.toContain('customer');
    expectNoPersonalData([JSON.stringify(other)]);
  });
});
