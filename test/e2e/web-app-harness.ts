import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.js';
import { launchChromium, newContext, type ContextOptions } from '../support/test-browser.js';

/** Every browser action or wait gives up after this; the whole app answers locally in milliseconds. */
const ACTION_TIMEOUT_MS = 10_000;

/** What the tests read of an order the API answers with. */
export interface StoredOrderView {
  readonly id: string;
  readonly orderNo: string;
  readonly status: string;
  readonly version: number;
}

/**
 * The whole product listening on a free port with the demo loaded (clock at `TEST_NOW`), and one Chromium for the
 * suite. Each test opens its own context, so sign-ins never leak between tests.
 */
export interface WebAppHarness {
  readonly t: TestApp;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A new page in a new context; closed by `closePages`. */
  openPage(options?: Partial<ContextOptions>): Promise<Page>;
  /** Signs in through the sign-in page and waits for the app to open. */
  signIn(page: Page, username: string, path?: string): Promise<void>;
  /** Calls the API directly, as the test's own setup. */
  api<T = StoredOrderView>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    username: string,
    payload?: object,
  ): Promise<T>;
  closePages(): Promise<void>;
  close(): Promise<void>;
}

export async function startWebApp(): Promise<WebAppHarness> {
  const t = await createTestApp('sqlite');
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    t,
    baseUrl: address,
    browser,
    async openPage(options = {}) {
      const context = await newContext(browser, { now: TEST_NOW, ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(ACTION_TIMEOUT_MS);
      return page;
    },
    async signIn(page, username, path = '/') {
      await page.goto(`${address}${path}`);
      await page.getByLabel('User name').fill(username);
      await page.getByLabel('Password').fill('demo1234');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    },
    async api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, username: string, payload?: object) {
      const token = await t.login(username);
      const response = await t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
      if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
      return response.json() as T;
    },
    async closePages() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
    },
    async close() {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      await browser.close();
      await t.close();
    },
  };
}
