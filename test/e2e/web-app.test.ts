import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../src/adapters/http/routes/all-routes.js';
import type { Services } from '../../src/application/services.js';
import { residentIdCheckCharacter } from '../../src/domain/identity/resident-id.js';
import { validOrder, residentId } from '../support/order-fixtures.js';
import { CHROMIUM_AVAILABLE, screenshot } from '../support/test-browser.js';
import { startWebApp, type StoredOrderView, type WebAppHarness } from './web-app-harness.js';

/** A resident ID whose check character is wrong: the form must say so as soon as all 18 characters are typed. */
function mistypedResidentId(n: number): string {
  const valid = residentId(n);
  const wrong = residentIdCheckCharacter(valid.slice(0, 17)) === '1' ? '2' : '1';
  return valid.slice(0, 17) + wrong;
}

/** Waits until the text is on screen (the app may still be loading what it needs to say it). */
async function shows(page: Page, text: string | RegExp): Promise<boolean> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
  return true;
}

/**
 * Whether the API has a route, read from its route table before any app is built (the table only keeps the services
 * for its handlers). A table that cannot be read that way counts every route as there, so the tests run and tell.
 */
function routeExists(method: string, url: string): boolean {
  try {
    return allRoutes({} as Services).some((route) => route.method === method && route.url === url);
  } catch {
    return true;
  }
}

/**
 * The review queue and the re-verification of postponed orders come with the order's life after the verdict
 * (`GET /reviews`, `POST /orders/:id/review`, re-verifying `PUT /materials/:part`); until the API has them, their
 * screens show "not available" and these two tests wait, saying so.
 */
const ORDER_LIFE_ROUTES = routeExists('GET', '/api/v1/reviews') && routeExists('POST', '/api/v1/orders/:id/review');
if (!ORDER_LIFE_ROUTES) {
  console.warn('\n*** The API has no review routes yet: the review and supply browser tests are SKIPPED ***\n');
}

describe.runIf(CHROMIUM_AVAILABLE)('the web app in a real browser', () => {
  let web: WebAppHarness;
  let n = 6_000;

  beforeAll(async () => {
    web = await startWebApp();
  });
  afterEach(() => web.closePages());
  afterAll(() => web?.close());

  it('lets a dealer configure, check and submit a valid order, and shows it verified in plain words', async () => {
    const page = await web.openPage();
    await web.signIn(page, 'sh.sales');
    await page.getByRole('link', { name: 'New order' }).first().click();
    await page.getByLabel('Model').selectOption('E7');
    await page.getByRole('radio', { name: /E7 Long Range RWD/ }).check();
    await page.getByRole('radio', { name: /Glacier White/ }).check();
    await page.getByRole('radio', { name: /Black vegan leather/ }).check();

    await page.getByRole('checkbox', { name: /Panoramic glass roof/ }).check();
    expect(await shows(page, 'Panoramic glass roof needs 21-inch sport wheels.')).toBe(true);
    await page.getByRole('button', { name: 'Add 21-inch sport wheels' }).click();
    expect(await page.getByRole('checkbox', { name: /21-inch sport wheels/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /19-inch aero wheels/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /Panoramic glass roof/ }).uncheck();
    expect(await page.getByTestId('price-total').textContent()).toBe('¥271,800.00');
    expect(await page.getByTestId('minimum-deposit').textContent()).toBe('¥5,000.00');

    await page.getByLabel('Name', { exact: true }).fill('张三');
    await page.getByLabel('Mobile number').fill('12800138000');
    expect(await shows(page, 'A mobile number has 11 digits, starting 13 to 19 (+86 allowed).')).toBe(true);
    await page.getByLabel('Mobile number').fill('13800138000');
    await page.getByLabel('ID number').fill(mistypedResidentId(++n));
    expect(await shows(page, 'The last character does not match: a digit is mistyped.')).toBe(true);
    await page.getByLabel('ID number').fill(residentId(n));
    await page.getByLabel('Amount (yuan)').fill('3000');
    await page.getByLabel('Payment reference').fill(`PAY-WEB-${n}`);
    await page.getByRole('button', { name: 'Submit for verification' }).click();
    expect(await shows(page, 'The Aurora E7 needs a deposit of at least ¥5,000.00.')).toBe(true);
    await screenshot(page, 'dealer-order-form');

    await page.getByLabel('Amount (yuan)').fill('5000');
    await page.getByRole('button', { name: 'Submit for verification' }).click();
    await page.getByRole('heading', { name: /Order SO-2026-/ }).waitFor();
    expect(await page.getByTestId('verdict-summary').textContent()).toBe('Verified: the automaker accepted the order.');
    expect(await shows(page, 'The order is complete and its data valid.')).toBe(true);
    expect(await shows(page, 'The configuration can be built.')).toBe(true);
    expect(
      await page
        .getByRole('img', { name: /QR code/ })
        .or(page.getByText('Not available yet'))
        .first()
        .isVisible(),
    ).toBe(true);
    await screenshot(page, 'dealer-order-verified');

    await page.getByLabel('Language').selectOption('zh-CN');
    expect(await page.getByRole('heading', { name: '核准结果' }).isVisible()).toBe(true);
    expect(await page.getByTestId('verdict-summary').textContent()).toBe('已核准：主机厂已接受此订单。');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'dealer-order-verified-phone-zh');
  });

  it('lets a dealer fix a rejected order and resubmit it, which verifies it', async () => {
    const body = validOrder(++n);
    body.deposit.amountCents = 1_000;
    const rejected = await web.api('POST', '/api/v1/orders', 'sh.sales', body);
    expect(rejected.status).toBe('rejected');

    const page = await web.openPage();
    await web.signIn(page, 'sh.sales');
    await page.getByLabel('Order number or customer').fill(rejected.orderNo);
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await page.getByRole('search').count()).toBe(1);
    await page.getByRole('link', { name: rejected.orderNo }).click();
    expect(await page.getByTestId('verdict-summary').textContent()).toBe(
      'Rejected: fix what is marked below and resubmit.',
    );
    expect(await shows(page, 'The Aurora E7 needs a deposit of at least ¥5,000.00.')).toBe(true);

    await page.getByRole('link', { name: 'Fix and resubmit' }).click();
    const amount = page.getByLabel('Amount (yuan)');
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await amount.fill('6000');
    await screenshot(page, 'dealer-fix-form');
    await page.getByRole('button', { name: 'Save and verify again' }).click();
    await page.getByRole('heading', { name: `Order ${rejected.orderNo} Verified` }).waitFor();
    expect(await shows(page, 'Corrected (deposit)')).toBe(true);
    const stored = await web.api('GET', `/api/v1/orders/${rejected.id}`, 'sh.sales');
    expect(stored).toMatchObject({ status: 'verified', version: rejected.version + 1 });
    await screenshot(page, 'dealer-fixed-order');
  });

  it('lets a planner edit a quota cap on the board', async () => {
    const page = await web.openPage();
    await web.signIn(page, 'allocator');
    await page.getByRole('heading', { name: 'Quota board' }).waitFor();
    expect(await page.getByTestId('quota-NORTH-C3').textContent()).toBe('0 of 2');
    await page.getByRole('button', { name: 'Edit cap: Cap of NORTH 2026-12 C3' }).click();
    await page.getByLabel('Cap of NORTH 2026-12 C3').fill('5');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('quota-NORTH-C3').textContent()).toBe('0 of 5');
    const buckets = await web.api<{ items: { cap: number }[] }>(
      'GET',
      '/api/v1/quotas?month=2026-12&region=NORTH&model=C3',
      'allocator',
    );
    expect(buckets.items.map((bucket) => bucket.cap)).toEqual([5]);
    await screenshot(page, 'planner-quota-board');
  });

  it("shows a dealer another dealer's order as not found, by its address and in its search", async () => {
    const beijing = await web.api('POST', '/api/v1/orders', 'bj.sales', validOrder(++n));
    const page = await web.openPage();
    await web.signIn(page, 'sh.sales', `/orders/${beijing.id}`);
    await page.getByRole('heading', { name: 'Order not found' }).waitFor();
    expect(await shows(page, `There is no order ${beijing.id} that you may see.`)).toBe(true);
    expect(await page.getByText(beijing.orderNo).count()).toBe(0);
    await screenshot(page, 'dealer-other-dealers-order');

    await page.goto(`${web.baseUrl}/orders?q=${beijing.orderNo}`);
    expect(await shows(page, 'No orders match.')).toBe(true);
  });

  it.runIf(ORDER_LIFE_ROUTES)('lets a reviewer approve a special order from the queue with the keyboard', async () => {
    const flagged = await web.api('POST', '/api/v1/orders', 'sh.sales', {
      ...validOrder(++n),
      special: { reason: 'Fleet order for a hotel' },
    });
    expect(flagged.status).toBe('manual_review');

    const page = await web.openPage();
    await web.signIn(page, 'reviewer');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.getByRole('link', { name: flagged.orderNo }).waitFor();
    expect(await shows(page, 'The dealer flagged the order: Fleet order for a hotel')).toBe(true);
    await screenshot(page, 'reviewer-queue');
    await page.keyboard.press('a');
    await page.getByText(`Decided ${flagged.orderNo}: Verified.`).waitFor();
    expect((await web.api('GET', `/api/v1/orders/${flagged.id}`, 'reviewer')).status).toBe('verified');
  });

  it.runIf(ORDER_LIFE_ROUTES)(
    "lets a planner raise a part's supply, which verifies the order waiting for it",
    async () => {
      const body = validOrder(++n);
      body.vehicle.options = ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-21', 'ROOF-PANO'];
      const waiting = await web.api<StoredOrderView>('POST', '/api/v1/orders', 'sh.sales', body);
      expect(waiting.status).toBe('postponed');

      const page = await web.openPage();
      await web.signIn(page, 'allocator', '/materials');
      const part = page.getByRole('article', { name: /Panoramic roof glass, Aurora E7/ });
      await part.getByRole('link', { name: waiting.orderNo }).waitFor();
      await part.getByRole('button', { name: 'Record supply' }).click();
      await part.getByLabel('Units available for Panoramic roof glass, Aurora E7').fill('5');
      await part.getByRole('button', { name: 'Save supply' }).click();
      await page.getByText('Supply of Panoramic roof glass, Aurora E7 saved.', { exact: false }).waitFor();
      await expect.poll(() => part.getByRole('link', { name: waiting.orderNo }).count()).toBe(0);
      expect((await web.api('GET', `/api/v1/orders/${waiting.id}`, 'allocator')).status).toBe('verified');
      await screenshot(page, 'planner-materials');
    },
  );
});
