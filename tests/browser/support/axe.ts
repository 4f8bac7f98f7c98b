/**
 * Accessibility scans with axe-core, run in an isolated world of the page (Chrome's DevTools
 * protocol): the scan shares the DOM and styles but not the page's JavaScript globals, so it gets
 * real timers while the app's clock stays paused, and the scan moves no time in the app.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'axe-scan' });
    await session.send('Runtime.evaluate', { expression: axeSource, contextId: executionContextId });
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`axe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as Violation[];
  } finally {
    await session.detach();
  }
}

/** An axe scan of the page as it is now; every violation is listed by where, rule, help text and elements. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.map((v) => `${where}: ${v.id} (${v.targets.length}) ${v.help}: ${v.targets.slice(0, 3).join(', ')}`)).toEqual([]);
}
