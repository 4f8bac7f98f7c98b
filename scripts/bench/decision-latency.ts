/**
 * Decision-to-next-line latency in Chromium on the built app: a number key is pressed, and the
 * time until the DOM shows the customer's next line (MutationObserver) and until the next frame
 * is measured in the page with performance.now(). Calls are replayed until enough decisions.
 */
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { percentile } from './stats';

export interface LatencyFigures {
  /** Decisions after which the customer speaks again (the call goes on). */
  decisions: number;
  domP50: number;
  domP95: number;
  frameP50: number;
  frameP95: number;
  /** Decisions that end the call: the end screen (outcome, debrief, transcript) renders instead. */
  endings: number;
  endDomP50: number;
  endDomP95: number;
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--mute-audio'];

/** Runs in the page: press a key, wait for the caption or the end screen to change. */
async function timeOneDecision(page: Page, key: number): Promise<{ dom: number; frame: number; ended: boolean } | undefined> {
  return page.evaluate(
    (digit) =>
      new Promise<{ dom: number; frame: number; ended: boolean } | undefined>((resolve) => {
        const main = document.querySelector('main');
        const before = document.querySelector('.line__text')?.textContent;
        if (!main || before === undefined) return resolve(undefined);
        let t1 = 0;
        const observer = new MutationObserver(() => {
          const now = document.querySelector('.line__text')?.textContent;
          if (now === before && !document.querySelector('[data-testid="outcome"]')) return;
          t1 = performance.now();
          observer.disconnect();
          const ended = document.querySelector('[data-testid="outcome"]') !== null;
          requestAnimationFrame(() => resolve({ dom: t1 - t0, frame: performance.now() - t0, ended }));
        });
        observer.observe(main, { subtree: true, childList: true, characterData: true });
        const t0 = performance.now();
        window.dispatchEvent(new KeyboardEvent('keydown', { key: String(digit), code: `Digit${digit}`, bubbles: true }));
        setTimeout(() => {
          observer.disconnect();
          resolve(undefined);
        }, 2000);
      }),
    key,
  );
}

export async function measureDecisionLatency(minDecisions = 60, scenarioId = 's1-commande'): Promise<LatencyFigures> {
  const server = await preview({ configLoader: 'runner', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls?.local[0] ?? ''}#/call/${scenarioId}`);
    const dom: number[] = [];
    const frame: number[] = [];
    const endings: number[] = [];
    let turn = 0;
    while (dom.length < minDecisions) {
      await page.getByRole('button', { name: /^(Décrocher|Pick up)$/ }).click();
      await page.locator('.line__text').waitFor();
      while (!(await page.getByTestId('outcome').count())) {
        const options = await page.locator('.option').count();
        // Vary the answers so that many paths and states are measured.
        const sample = await timeOneDecision(page, (turn++ % Math.max(1, options)) + 1);
        if (!sample) break;
        if (sample.ended) {
          endings.push(sample.dom);
          continue;
        }
        dom.push(sample.dom);
        frame.push(sample.frame);
      }
      await page.getByRole('button', { name: /^(Rejouer|Play again)$/ }).click();
    }
    return {
      decisions: dom.length,
      domP50: percentile(dom, 50),
      domP95: percentile(dom, 95),
      frameP50: percentile(frame, 50),
      frameP95: percentile(frame, 95),
      endings: endings.length,
      endDomP50: percentile(endings, 50),
      endDomP95: percentile(endings, 95),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
