import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: the browser tests drive it through playwright-core, which brings no browser of its own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIRECTORY = 'test-results/screenshots';

/**
 * Whether the browser tests can run. In CI Chromium is required: a missing browser fails the run. On a laptop
 * without it the browser suites are skipped, and say so loudly.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium is required in CI and is missing at ${CHROMIUM_PATH}`);
  console.warn(
    `\n*** Chromium is not installed at ${CHROMIUM_PATH}: the browser suites are SKIPPED on this machine ***\n`,
  );
  return false;
}

export const CHROMIUM_AVAILABLE: boolean = chromiumAvailable();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface ContextOptions {
  /** The clock the pages see, so that they agree with the test server's clock. */
  readonly now: Date;
  readonly language?: 'en' | 'zh-CN';
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** A fresh context (its own storage, so its own sign-in) in Shanghai, with the web app's language chosen. */
export async function newContext(browser: Browser, options: ContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext({
    timezoneId: 'Asia/Shanghai',
    locale: options.language === 'zh-CN' ? 'zh-CN' : 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  await context.clock.setFixedTime(options.now);
  const language = options.language ?? 'en';
  // A page script: the language stays what the test chose until the page's own switch changes it.
  await context.addInitScript(
    `if (localStorage.getItem('ordergate.language') === null) localStorage.setItem('ordergate.language', ${JSON.stringify(language)});`,
  );
  return context;
}

/** Saves a full-page screenshot under `test-results/screenshots/` (not committed), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIRECTORY}/${name}.png`, fullPage: true });
}
