import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { residentId } from '../support/order-fixtures.js';
import { TEST_NOW } from '../support/test-app.js';
import { CHROMIUM_AVAILABLE, screenshot } from '../support/test-browser.js';
import { startWebApp, type StoredOrderView, type WebAppHarness } from './web-app-harness.js';

/** 13:00 in Shanghai on the test clock's Friday: a free slot an hour after the suite's noon. */
const ONE_PM = '2026-12-04T05:00:00.000Z';
/** 13:50 in Shanghai: the 45-minute drive from 13:00 has ended, so its feedback may be given. */
const AFTER_THE_DRIVE = new Date('2026-12-04T05:50:00.000Z');

interface LeadView {
  readonly id: string;
  readonly orderId: string | null;
}

/** Waits until the text is on screen (the app may still be loading what it needs to say it). */
async function shows(page: Page, text: string | RegExp): Promise<boolean> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
  return true;
}

/** Moves the test app's clock and the page's together, as time passes in the showroom. */
async function timePasses(web: WebAppHarness, page: Page, to: Date): Promise<void> {
  web.t.clock.set(to);
  await page.context().clock.setFixedTime(to);
}

describe.runIf(CHROMIUM_AVAILABLE)('the selling side of the web app in a real browser', () => {
  let web: WebAppHarness;
  let n = 7_000;

  beforeAll(async () => {
    web = await startWebApp();
  });
  afterEach(async () => {
    web.t.clock.set(TEST_NOW);
    await web.closePages();
  });
  afterAll(() => web?.close());

  it('takes a lead from needs to an introduction, a test drive with feedback and a verified order', async () => {
    const page = await web.openPage();
    await web.signIn(page, 'sh.sales');
    await page.getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('link', { name: 'New lead' }).click();
    await page.getByLabel('Name').fill('李雷');
    await page.getByLabel('Mobile number').fill('139 0000 7777');
    await page.getByRole('button', { name: 'Save the lead' }).click();
    expect(await shows(page, 'A mobile number is kept only when the customer agrees to be contacted.')).toBe(true);
    await page.getByRole('checkbox', { name: /agrees to be contacted/ }).check();
    await page.getByLabel('Budget (yuan)').fill('350000');
    await page.getByLabel('Household size').fill('6');
    await page.getByLabel('Daily distance (km)').fill('40');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('checkbox', { name: 'Family trips' }).check();
    await page.getByRole('checkbox', { name: /Safety/ }).check();
    await page.getByRole('checkbox', { name: /Space/ }).check();
    await page.getByRole('button', { name: 'Move Space up' }).click();
    await page.getByLabel('Why they are buying').selectOption('replacement');
    await screenshot(page, 'sales-new-lead');
    await page.getByRole('button', { name: 'Save the lead' }).click();

    await page.getByRole('heading', { name: 'Lead: 李雷' }).waitFor();
    expect(await page.getByTestId('lead-needs').textContent()).toContain('priorities: 1. Space, 2. Safety');
    const offer = page.getByRole('article', { name: /^1 Aurora X9/ });
    await offer.waitFor();
    expect(await offer.textContent()).toContain('7-seat layout (2+3+2) — household of 6 + space + family trips');
    expect(await offer.getByText('with 7-seat layout', { exact: false }).count()).toBe(1);
    await screenshot(page, 'sales-lead-introduction');

    const cars = await web.api<{ items: { id: string; model: string }[] }>('GET', '/api/v1/demo-cars', 'sh.sales');
    const x9 = cars.items.find((car) => car.model === 'X9');
    await page.getByLabel('Demo car').selectOption(x9?.id ?? '');
    await page.getByRole('radio', { name: '13:00' }).check();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const drive = page.getByRole('article', { name: /Test drive .*13:00/ });
    await drive.getByText('Booked').waitFor();
    await expect.poll(() => page.getByRole('radio', { name: '13:00' }).count()).toBe(0);
    expect(await drive.getByRole('button', { name: 'Save the feedback' }).count()).toBe(0);
    const booked = await web.api<{ items: { startsAt: string; carId: string }[] }>(
      'GET',
      `/api/v1/test-drives?carId=${x9?.id}`,
      'sh.sales',
    );
    expect(booked.items.map((item) => item.startsAt)).toEqual([ONE_PM]);
    await screenshot(page, 'sales-test-drive-booked');

    await timePasses(web, page, AFTER_THE_DRIVE);
    await page.reload();
    await drive.getByLabel('Liked').fill('seven real seats\nquiet cabin');
    await drive.getByLabel('Concerns').fill('charging on long trips');
    await drive.getByLabel('Next step').selectOption('order');
    await screenshot(page, 'sales-test-drive-feedback-form');
    await drive.getByRole('button', { name: 'Save the feedback' }).click();
    await drive.getByText('Completed').waitFor();
    expect(await drive.textContent()).toContain('seven real seats; quiet cabin');
    await screenshot(page, 'sales-test-drive-feedback');

    await offer.getByRole('link', { name: 'Create the order with this car' }).click();
    await page.getByRole('heading', { name: 'Order for 李雷' }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('李雷');
    expect(await page.getByLabel('Mobile number').inputValue()).toBe('13900007777');
    expect(await page.getByRole('checkbox', { name: /7-seat layout/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /Pearl White/ }).isChecked()).toBe(true);
    await page.getByLabel('ID number').fill(residentId(++n));
    await page.getByLabel('Amount (yuan)').fill('10000');
    await page.getByLabel('Payment reference').fill(`PAY-LEAD-WEB-${n}`);
    await screenshot(page, 'sales-lead-order-form');
    await page.getByRole('button', { name: 'Submit for verification' }).click();

    await page.getByRole('heading', { name: /Order SO-2026-/ }).waitFor();
    expect(await page.getByTestId('verdict-summary').textContent()).toBe('Verified: the automaker accepted the order.');
    await screenshot(page, 'sales-lead-order-verified');
    const orderId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const order = await web.api<StoredOrderView & { customer: { name: string } }>(
      'GET',
      `/api/v1/orders/${orderId}`,
      'sh.sales',
    );
    expect(order).toMatchObject({ status: 'verified', customer: { name: '李雷' } });
    const leads = await web.api<{ items: (LeadView & { name: string })[] }>('GET', '/api/v1/leads?q=李雷', 'sh.sales');
    expect(leads.items.map((lead) => lead.orderId)).toEqual([orderId]);

    await page.getByRole('link', { name: 'Leads' }).click();
    await page.getByLabel('Name or mobile number').fill('李雷');
    await page.getByRole('button', { name: 'Search' }).click();
    expect(await page.getByRole('search').count()).toBe(1);
    const row = page.getByRole('row', { name: /李雷/ });
    expect(await row.textContent()).toContain('139****7777');
    await row.getByRole('link', { name: 'Open the order' }).waitFor();
    await screenshot(page, 'sales-lead-list');
    await row.getByRole('link', { name: '李雷' }).click();
    await page.getByRole('heading', { name: 'Lead: 李雷' }).waitFor();
    expect(await page.getByRole('link', { name: 'Create the order with this car' }).count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'sales-lead-ordered-phone');
  });

  it("lets a salesperson change a lead's needs, move a booked drive to another free time, then cancel it", async () => {
    const lead = await web.api<LeadView>('POST', '/api/v1/leads', 'sh.sales', {
      name: '周杰',
      phone: '13900008888',
      contactConsent: true,
    });
    const page = await web.openPage();
    await web.signIn(page, 'sh.sales', `/leads/${lead.id}`);
    await page.getByRole('heading', { name: 'Lead: 周杰' }).waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Household size').fill('7');
    await page.getByRole('checkbox', { name: 'Towing' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('lead-needs').textContent()).toContain('household of 7');
    expect((await web.api<{ version: number }>('GET', `/api/v1/leads/${lead.id}`, 'sh.sales')).version).toBe(2);
    await expect
      .poll(() => page.getByRole('article', { name: /^1 Aurora X9/ }).textContent())
      .toContain('Tow package (2,000 kg) — towing');

    await page.getByRole('radio', { name: '15:00' }).check();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const drive = page.getByRole('article', { name: /Test drive .*15:00/ });
    await drive.getByRole('button', { name: 'Reschedule' }).click();
    await drive.getByRole('radio', { name: '16:00' }).check();
    await drive.getByRole('button', { name: 'Move the drive' }).click();
    const moved = page.getByRole('article', { name: /Test drive .*16:00/ });
    await moved.getByText('Booked').waitFor();
    expect(await page.getByRole('article', { name: /Test drive .*15:00/ }).count()).toBe(0);
    await moved.getByRole('button', { name: 'Cancel the drive' }).click();
    await moved.getByText('Cancelled').waitFor();
    expect(await moved.getByRole('button', { name: 'Reschedule' }).count()).toBe(0);
    const drives = await web.api<{ items: { startsAt: string; status: string }[] }>(
      'GET',
      `/api/v1/test-drives?leadId=${lead.id}`,
      'sh.sales',
    );
    expect(drives.items).toEqual([
      expect.objectContaining({ startsAt: '2026-12-04T08:00:00.000Z', status: 'cancelled' }),
    ]);
    await screenshot(page, 'sales-test-drive-cancelled');
  });

  it('lets a manager add a demo car, and read the funnel per dealer and salesperson in both languages', async () => {
    const page = await web.openPage();
    await web.signIn(page, 'sh.manager');
    await page.getByRole('link', { name: 'Demo cars' }).click();
    await page.getByRole('heading', { name: 'Demo cars' }).waitFor();
    await page.getByLabel('Plate').fill('AD12345');
    await page.getByRole('button', { name: 'Add the car' }).click();
    expect(
      await shows(page, 'A plate is a province character, a city letter and five or six letters and digits.'),
    ).toBe(true);
    await page.getByLabel('Model').selectOption('X9');
    await page.getByLabel('Plate').fill('沪A·D19999');
    await page.getByRole('button', { name: 'Add the car' }).click();
    expect(await shows(page, 'Demo car 沪AD19999 added.')).toBe(true);
    await page.getByRole('row', { name: /沪AD19999/ }).waitFor();
    await screenshot(page, 'manager-demo-cars');

    await web.api('POST', '/api/v1/leads', 'sh.manager', { name: '韩梅梅', householdSize: 4 });
    await page.getByRole('link', { name: 'Sales funnel' }).click();
    await page.getByRole('heading', { name: 'Sales funnel' }).waitFor();
    const byDealer = page.getByRole('region', { name: 'By dealer' });
    await byDealer.getByRole('row', { name: /SH001/ }).waitFor();
    expect(await byDealer.getByRole('img', { name: /SH001: Leads \d+, Test drives \d+/ }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'By salesperson' }).getByRole('row').count()).toBeGreaterThan(1);
    await screenshot(page, 'manager-funnel');
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '销售漏斗' }).waitFor();
    await screenshot(page, 'manager-funnel-zh');
  });
});
