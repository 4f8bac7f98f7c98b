/**
 * Debian's Chromium driven by playwright-core (which downloads no browser).
 * Flags from docs/toolchain notes: no sandbox as root, no background networking on a closed network.
 *
 * Time in these tests never flows by itself. Every context gets Playwright's fake clock, installed
 * at a pinned instant (a Monday morning in Paris unless a test names another day and zone) and
 * paused: the customer's patience, hold deadlines and the challenge clocks move only when a test
 * runs the clock. Lazily loaded screens are revealed by `shown()`, which runs the paused clock in
 * small steps (React reveals a suspended screen on a timer) until the screen is there.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { offsetMinutesAt } from '../../../src/core/time/time-zone';

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

/** The day every test runs on unless it says otherwise: Monday 23 November 2026, 10:00 in Paris. */
export const PINNED_DAY = { local: '2026-11-23T10:00:00', timeZone: 'Europe/Paris' } as const;

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

/** The epoch instant of a local wall time ("2026-11-23T10:00:00") in an IANA zone. */
export function instantIn(local: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new Error(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s ?? 0);
  // The offset depends on the instant: guess with the offset at the UTC reading, then correct once.
  const guess = asUtc - offsetMinutesAt(asUtc, timeZone) * 60_000;
  return asUtc - offsetMinutesAt(guess, timeZone) * 60_000;
}

export interface ContextOptions {
  locale?: string;
  /** The browser's IANA zone (the app's wall clock follows it); default Europe/Paris. */
  timeZone?: string;
  /** The local date-time the clock is pinned at, in `timeZone`; default Monday 23 November 2026, 10:00. */
  at?: string;
  /** Lets the app's service worker run (off by default, so that routes a test sets are not bypassed by its cache). */
  serviceWorkers?: boolean;
}

/** A fresh browser profile (its own storage) with the clock installed at the pinned instant and paused. */
export async function newAppContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const timeZone = options.timeZone ?? PINNED_DAY.timeZone;
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    timezoneId: timeZone,
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  const time = instantIn(options.at ?? PINNED_DAY.local, timeZone);
  await context.clock.install({ time });
  await context.clock.pauseAt(time);
  return context;
}

/** A page that records its uncaught errors and console errors (see `pageErrors`). */
export async function newAppPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

export async function openApp(browser: Browser, path = '', options: ContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newAppContext(browser, options);
  const page = await newAppPage(context);
  await page.goto(`${baseUrl()}${path}`);
  return { context, page };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/**
 * Waits until `locator` is visible, running the paused clock 50 ms at a time while it is not:
 * a lazily loaded screen appears once its chunk has arrived and React's reveal timer has fired.
 * Use it to reach a screen, not during a call (the customer's timers run on the same clock).
 */
export async function shown(page: Page, locator: Locator, maxClockMs = 10_000): Promise<void> {
  for (let ran = 0; ran <= maxClockMs; ran += 50) {
    if (await locator.isVisible()) return;
    await locator.waitFor({ timeout: 25 }).catch(() => undefined);
    if (await locator.isVisible()) return;
    await page.clock.runFor(50);
  }
  await locator.waitFor({ timeout: 5_000 });
}

/** The app's fake time, now (epoch ms). */
export async function fakeNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

/**
 * Polls `read()` like `expect.poll`, firing the timers that are due (1 ms of fake time) before each
 * read: howler dispatches its load, play and error events on zero-delay timers.
 */
export function pollWithTimers<T>(page: Page, read: () => Promise<T>, timeout = 10_000) {
  return expect.poll(
    async () => {
      await page.clock.runFor(1);
      return read();
    },
    { timeout },
  );
}
