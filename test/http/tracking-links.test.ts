import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICIES } from '../../src/main/wiring.js';
import { TRACKING_LOOKUPS_PER_MINUTE } from '../../src/adapters/http/routes/tracking-routes.js';
import { validOrder } from '../support/order-fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DIALECTS } from '../support/test-database.js';

interface PresentedOrder {
  id: string;
  orderNo: string;
  status: string;
  trackingUrl: string | null;
}

// jsqr is CommonJS typed as an ES default export: under NodeNext the default import is the module object.
const jsQR = (jsQRModule as unknown as { default: typeof jsQRModule.default }).default;

const tokenOf = (url: string): string => new URL(url).pathname.slice('/t/'.length);

describe.each(DIALECTS)('tracking links and QR codes (%s)', (dialect) => {
  let t: TestApp;
  let sales: string;
  let otherDealer: string;
  let reviewer: string;
  let n = 9_000;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    [sales, otherDealer, reviewer] = await Promise.all([t.login('sh.sales'), t.login('bj.sales'), t.login('reviewer')]);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

  async function submit(): Promise<PresentedOrder> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      headers: { authorization: `Bearer ${sales}` },
      payload: validOrder(++n),
    });
    expect(response.statusCode).toBe(201);
    return response.json() as PresentedOrder;
  }

  it('gives every submitted order an absolute tracking URL with an unguessable token, stored only as a hash', async () => {
    const order = await submit();
    expect(order.trackingUrl).toMatch(new RegExp(`^${DEFAULT_POLICIES.publicUrl}/t/[A-Za-z0-9_-]{24}$`));
    const token = tokenOf(order.trackingUrl!);
    const row = await t.database.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', order.id)
      .executeTakeFirstOrThrow();
    expect(row.tracking_token_hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await call('GET', `/api/v1/orders/${order.id}`, sales)).json().trackingUrl).toBe(order.trackingUrl);
    const listed = (await call('GET', '/api/v1/orders?limit=5', sales)).json().items as PresentedOrder[];
    expect(listed.find((item) => item.id === order.id)?.trackingUrl).toBe(order.trackingUrl);
  });

  it('gives two orders unrelated tokens', async () => {
    const [first, second] = [await submit(), await submit()];
    expect(tokenOf(first.trackingUrl!)).not.toBe(tokenOf(second.trackingUrl!));
  });

  it('opens the page, without login, in Chinese unless the browser or the switch asks for English', async () => {
    const order = await submit();
    const path = new URL(order.trackingUrl!).pathname;
    const chinese = await call('GET', path);
    expect(chinese.statusCode).toBe(200);
    expect(chinese.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(chinese.headers['cache-control']).toBe('private, no-store');
    expect(chinese.headers['referrer-policy']).toBe('no-referrer');
    expect(chinese.body).toContain('<html lang="zh-CN">');
    expect(chinese.body).toContain('厂家已确认');
    expect(chinese.body).toContain(`href="${path}?lang=en"`);
    const english = await call('GET', path, undefined, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Confirmed');
    const switched = await call('GET', `${path}?lang=zh-CN`, undefined, { 'accept-language': 'en' });
    expect(switched.body).toContain('<html lang="zh-CN">');
  });

  it('works with JavaScript off: every stage, the vehicle, the dealer and a refresh link are in the HTML itself', async () => {
    const order = await submit();
    const path = new URL(order.trackingUrl!).pathname;
    const page = (await call('GET', `${path}?lang=en`)).body;
    for (const stage of [
      'Order placed',
      'Confirmed by the automaker',
      'Scheduled',
      'In production',
      'Shipped',
      'Delivered',
    ]) {
      expect(page).toContain(`<span>${stage}</span>`);
    }
    expect(page).toContain('Aurora E7');
    expect(page).toContain('Aurora Shanghai Pudong');
    expect(page).toMatch(/<a href="tel:[\d+-]+">/);
    expect(page).toContain(`<a href="${path}?lang=en">Refresh</a>`);
    expect(page).toContain('<time datetime="2026-12-04T04:00:00.000Z">4 Dec 2026, 12:00</time>');
  });

  it('lets only its own inline script run, and points it at the live events after the last event shown', async () => {
    const order = await submit();
    const token = tokenOf(order.trackingUrl!);
    const page = await call('GET', `/t/${token}`);
    const nonce = /script-src 'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))?.[1];
    expect(nonce).toBeDefined();
    expect(page.body).toContain(`<script nonce="${nonce}">`);
    expect(page.body).toContain(`new EventSource("/track/${token}/events?lastEventId=2")`);
    expect((await call('GET', `/t/${token}`)).headers['content-security-policy']).not.toContain(nonce);
  });

  it('answers the same view as JSON under /track and /api/v1/track', async () => {
    const order = await submit();
    const token = tokenOf(order.trackingUrl!);
    const short = await call('GET', `/track/${token}?lang=en`);
    const long = await call('GET', `/api/v1/track/${token}`, undefined, { 'accept-language': 'en' });
    expect(short.statusCode).toBe(200);
    expect(short.headers['cache-control']).toBe('private, no-store');
    expect(long.json()).toEqual(short.json());
    expect(short.json()).toMatchObject({
      orderNo: order.orderNo,
      language: 'en',
      status: 'verified',
      statusLabel: 'Confirmed',
      customerName: '张*',
      lastEventSeq: 2,
      dealer: { name: 'Aurora Shanghai Pudong 4S' },
    });
  });

  it.each([
    ['an unknown token', 'AAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a token of the wrong shape', 'short'],
    ['a token with characters no token has', 'AAAAAAAAAAAA%3Cscript%3EAAAA'],
  ])('answers 404 for %s: a page for people, problem+json for programs', async (_case, token) => {
    const page = await call('GET', `/t/${token}`);
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('链接无效');
    expect(page.body).toContain('Link not valid');
    expect(page.body).not.toContain('<script');
    const json = await call('GET', `/track/${token}`);
    expect(json.statusCode).toBe(404);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json.json()).toMatchObject({ code: 'not_found' });
  });

  it('re-issues a link: the old one is 404 at once, the new one opens the order, and the history says who did it', async () => {
    const order = await submit();
    const oldToken = tokenOf(order.trackingUrl!);
    const reissued = await call('POST', `/api/v1/orders/${order.id}/tracking-link`, sales);
    expect(reissued.statusCode).toBe(200);
    const newUrl = reissued.json().trackingUrl as string;
    expect(newUrl).not.toBe(order.trackingUrl);
    expect((await call('GET', `/t/${oldToken}`)).statusCode).toBe(404);
    expect((await call('GET', `/track/${oldToken}`)).statusCode).toBe(404);
    expect((await call('GET', `/track/${tokenOf(newUrl)}`)).json().orderNo).toBe(order.orderNo);
    expect((await call('GET', `/api/v1/orders/${order.id}`, sales)).json().trackingUrl).toBe(newUrl);
    const events = (await call('GET', `/api/v1/orders/${order.id}/events`, sales)).json().items;
    expect(events.at(-1)).toMatchObject({ type: 'tracking_link_issued', actor: 'sh.sales', data: { generation: 2 } });
  });

  it('revokes a link: the page is 404, the order shows no URL, the QR code is refused until a new link is issued', async () => {
    const order = await submit();
    const revoked = await call('DELETE', `/api/v1/orders/${order.id}/tracking-link`, sales);
    expect(revoked.statusCode).toBe(204);
    expect((await call('GET', `/t/${tokenOf(order.trackingUrl!)}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/orders/${order.id}`, sales)).json().trackingUrl).toBeNull();
    const qr = await call('GET', `/api/v1/orders/${order.id}/qr.png`, sales);
    expect(qr.statusCode).toBe(409);
    expect(qr.json()).toMatchObject({ code: 'no_tracking_link' });
    const reissued = (await call('POST', `/api/v1/orders/${order.id}/tracking-link`, sales)).json();
    expect((await call('GET', `/track/${tokenOf(reissued.trackingUrl)}`)).statusCode).toBe(200);
    expect(reissued.trackingUrl).not.toBe(order.trackingUrl);
  });

  it("keeps other dealers and the automaker's desk from changing a dealer's links", async () => {
    const order = await submit();
    expect((await call('POST', `/api/v1/orders/${order.id}/tracking-link`, otherDealer)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/orders/${order.id}/tracking-link`, otherDealer)).statusCode).toBe(404);
    expect((await call('POST', `/api/v1/orders/${order.id}/tracking-link`, reviewer)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/orders/${order.id}/tracking-link`)).statusCode).toBe(401);
    expect((await call('GET', `/track/${tokenOf(order.trackingUrl!)}`)).statusCode).toBe(200);
  });

  it('draws a PNG QR code that a phone camera decodes back to the tracking URL', async () => {
    const order = await submit();
    const response = await call('GET', `/api/v1/orders/${order.id}/qr.png`, sales);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const png = PNG.sync.read(response.rawPayload);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(order.trackingUrl);
  });

  it('draws the SVG QR code, for the automaker too, and for nobody who may not see the order', async () => {
    const order = await submit();
    const svg = await call('GET', `/api/v1/orders/${order.id}/qr.svg`, reviewer);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers['cache-control']).toBe('private, no-store');
    expect(svg.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((await call('GET', `/api/v1/orders/${order.id}/qr.svg`, otherDealer)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/orders/${order.id}/qr.svg`)).statusCode).toBe(401);
  });

  it(`limits lookups to ${TRACKING_LOOKUPS_PER_MINUTE} a minute from one address, then answers 429`, async () => {
    const token = tokenOf((await submit()).trackingUrl!);
    const lookup = (remoteAddress: string) => t.app.inject({ url: `/track/${token}`, remoteAddress });
    for (let count = 0; count < TRACKING_LOOKUPS_PER_MINUTE; count++) {
      expect((await lookup('203.0.113.7')).statusCode).toBe(200);
    }
    const limited = await lookup('203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect((await lookup('203.0.113.8')).statusCode).toBe(200);
  });
});
