
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openApp, pageErrors, shown } from './support/chromium';
import { expectNoAxeViolations } from './support/axe';
import { bestKey, loadScenario, planCall } from './support/plan-call';

const browser = chromiumForTests();

describe('trainers in Chromium', () => {
  it('load a broken scenario file from disk and see its findings, positioned', async () => {
    const { context, page } = await openApp(browser(), '#/check', { locale: 'en-GB' });
    await shown(page, page.getByRole('heading', { name: 'Try a scenario file' }));
    await page.getByLabel('Choose scenario files (.json)').setInputFiles(['tests/fixtures/checker/unreachable-state.json', 'tests/fixtures/checker/valid.json']);
    const articles = page.getByRole('article');
    await expect.poll(() => articles.count()).toBe(2);
    const broken = articles.filter({ hasText: 'unreachable-state.json' });
    expect(await broken.getByRole('listitem').first().textContent()).toContain('55:5 error unreachable-state state "callback-offer" cannot be reached');
    expect(await broken.getByRole('button').count()).toBe(0);
    const valid = articles.filter({ hasText: 'valid.json' });
    expect(await valid.textContent()).toContain('No errors, no warnings.');
    await expectNoAxeViolations(page, 'checker');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('drop a file on the drop zone', async () => {
    const { context, page } = await openApp(browser(), '#/check', { locale: 'en-GB' });
    await shown(page, page.getByTestId('drop-zone'));
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{ "initial": '], 'half.json', { type: 'application/json' }));
      return data;
    });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByRole('article').waitFor();
    expect(await page.getByRole('article').textContent()).toContain('json-syntax');
    await context.close();
  });

  it('an English call of the starter library plays to its outcome', async () => {
    const e1 = loadScenario('scenarios/e1-broadband-outage.json');
    const plan = planCall(e1, (view) => bestKey(e1, view));
    const { context, page } = await openApp(browser(), '#/library', { locale: 'en-GB' });
    await page.getByRole('button', { name: `Start call: ${e1.title}` }).click();
    await shown(page, page.getByRole('button', { name: 'Pick up' }));
    await page.getByRole('button', { name: 'Pick up' }).click();
    for (const turn of plan.turns) {
      await expect.poll(() => page.locator('.line__text').textContent()).toBe(turn.line);
      await page.keyboard.press(String(turn.key));
    }
    await page.getByTestId('outcome').waitFor();
    expect(await page.getByTestId('outcome').getAttribute('data-outcome')).toBe(plan.outcome);
    expect(['resolved', 'retained', 'cancelled']).toContain(plan.outcome);
    await context.close();
  });
});
