import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openApp, pageErrors, shown } from './support/chromium';
import { expectNoAxeViolations } from './support/axe';
import { focusIsVisible, tabTo } from './support/keyboard';
import { bestKey, loadScenario, planCall, planTimeout } from './support/plan-call';

const S1 = loadScenario('scenarios/s1-commande.json');

const browser = chromiumForTests();

async function caption(page: Page): Promise<string> {
  return (await page.locator('.line__text').textContent()) ?? '';
}

describe('a whole call in Chromium', () => {
  it('plays from the library to the end screen with the keyboard alone, focus always visible', async () => {
    const plan = planCall(S1, (view) => bestKey(S1, view));
    expect(plan.turns.length).toBeGreaterThanOrEqual(4);
    const { context, page } = await openApp(browser(), '#/library');
    await page.getByRole('heading', { name: "Appels d'entraînement" }).waitFor();

    await tabTo(page, `Lancer l'appel : ${S1.title}`);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');

    const pickUp = page.getByRole('button', { name: 'Décrocher' });
    await shown(page, pickUp);
    await expect.poll(() => pickUp.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    // The clock stands still: the customer's patience never runs out behind the test's back.
    for (const turn of plan.turns) {
      await expect.poll(() => caption(page)).toBe(turn.line);
      expect(await focusIsVisible(page)).toBe(true);
      await expect.poll(() => page.getByTestId('live-region').textContent()).toContain(turn.line);
      await page.keyboard.press(String(turn.key));
    }

    const outcome = page.getByTestId('outcome');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-outcome')).toBe(plan.outcome);
    expect(plan.outcome).toBe('resolved');
    const entries = await page.locator('.transcript__text').allTextContents();
    const spoken = entries.filter((text) => plan.transcript.includes(text));
    expect(spoken).toEqual(plan.transcript);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('lets the patience timer run out on the simulated clock, and the customer reacts', async () => {
    const expected = planTimeout(S1);
    expect(expected.waitMs).toBeGreaterThan(0);
    const { context, page } = await openApp(browser(), '#/call/s1-commande');
    const pickUp = page.getByRole('button', { name: 'Décrocher' });
    await shown(page, pickUp);
    await pickUp.click();
    await expect.poll(() => caption(page)).toBe(expected.firstLine);
    expect(await page.getByRole('timer').getAttribute('aria-label')).toBe(`Encore ${expected.patienceMs / 1000} s pour répondre`);

    await page.clock.runFor(expected.waitMs - 1000);
    expect(await caption(page)).toBe(expected.firstLine);
    await page.clock.runFor(1000);
    if (expected.after.phase === 'ended') {
      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-outcome')).toBe(expected.after.outcome?.kind);
    } else {
      await expect.poll(() => caption(page)).toBe(expected.after.line?.text);
    }
    await context.close();
  });

  it('has no axe violations on the home screen, the library, the ringing phone, a call in progress and the end screen', async () => {
    const { context, page } = await openApp(browser());
    await page.getByRole('heading', { name: "Aujourd'hui", level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Entraînement du jour' }).waitFor();
    await expectNoAxeViolations(page, 'home');
    await page.getByRole('link', { name: "Appels d'entraînement" }).click();
    await page.getByRole('heading', { name: "Appels d'entraînement", level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'library');
    await page.getByRole('button', { name: `Lancer l'appel : ${S1.title}` }).click();
    await shown(page, page.getByRole('button', { name: 'Décrocher' }));
    await expectNoAxeViolations(page, 'ringing');
    await page.getByRole('button', { name: 'Décrocher' }).click();
    await page.locator('.line__text').waitFor();
    await expectNoAxeViolations(page, 'call');
    await page.getByRole('button', { name: 'Raccrocher' }).click();
    await page.getByTestId('outcome').waitFor();
    await expectNoAxeViolations(page, 'end');
    await context.close();
  });
});
