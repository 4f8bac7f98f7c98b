/**
 * Debian's Chromium driven by playwright-core (which downloads no browser).
 * Flags from docs/toolchain notes: no sandbox as root, no background networking on a closed network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * One Chromium for the test file: launched before its tests, closed after. Returns a getter, so
 * `const browser = chromiumForTests()` at the top of a file and `browser()` in each test.
 */
export function chromiumForTests(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface OpenOptions {
  locale?: string;
  /** Installs Playwright's fake clock before the app loads: timers move only when the test says so. */
  fakeClock?: boolean;
  /** Lets the app's service worker run (off by default, so that routes a test sets are not bypassed by its cache). */
  serviceWorkers?: boolean;
}

export async function openApp(browser: Browser, path = '', options: OpenOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: options.locale ?? 'fr-FR', serviceWorkers: options.serviceWorkers ? 'allow' : 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  if (options.fakeClock) await page.clock.install();
  await page.goto(`${baseUrl()}${path}`);
  return { context, page };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}
