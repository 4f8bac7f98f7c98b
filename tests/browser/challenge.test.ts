/**
 * A timed team challenge in Chromium, end to end: a team lead creates it (one browser context),
 * an agent opens the link in another context (another device: nothing shared), plays both calls
 * with the keyboard and gets a result code, and the lead's board ranks them. No axe violations on
 * the create screen, the challenge before it starts, the agent's result, or the board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseChallenge } from '../../src/core/challenges/challenge';
import { parseResult } from '../../src/core/challenges/challenge-result';
import { expectNoAxeViolations } from './support/axe';
import { chromiumForTests, newAppContext, newAppPage, openApp, pageErrors, shown } from './support/chromium';
import { focusIsVisible, tabTo } from './support/keyboard';
import { bestKey, loadScenario, planCall } from './support/plan-call';

const CALLS = [loadScenario('scenarios/s7-heure-de-pointe.json'), loadScenario('scenarios/s3-transfert.json')];

const browser = chromiumForTests();

async function caption(page: Page): Promise<string> {
  return (await page.locator('.line__text').textContent()) ?? '';
}

describe('a team challenge in Chromium', () => {
  it('is created, played on another device with the keyboard, and lands on the team board', async () => {
    const plans = CALLS.map((scenario) => planCall(scenario, (view) => bestKey(scenario, view)));

    // The team lead (French interface) creates the challenge.
    const lead = await openApp(browser(), '#/challenges');
    const leadPage = lead.page;
    await shown(leadPage, leadPage.getByRole('heading', { name: "Défis d'équipe", level: 1 }));
    await expectNoAxeViolations(leadPage, 'create');
    await leadPage.getByLabel('Nom', { exact: true }).fill('Défi du lundi');
    for (const scenario of CALLS) {
      const add = leadPage.getByRole('button', { name: `Ajouter : ${scenario.title}` });
      await add.focus();
      await leadPage.keyboard.press('Enter');
    }
    // Keyboard: the second call moves up, the focus follows it and shows.
    await leadPage.getByRole('button', { name: `Monter : ${CALLS[1]?.title}` }).focus();
    await leadPage.keyboard.press('Enter');
    await expect.poll(() => leadPage.locator('.cc-order__title > span:first-child').allTextContents()).toEqual([CALLS[1]?.title, CALLS[0]?.title]);
    expect(await leadPage.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Monter : ${CALLS[1]?.title}`);
    expect(await focusIsVisible(leadPage)).toBe(true);
    await leadPage.keyboard.press('Tab'); // "Descendre"
    await leadPage.keyboard.press('Enter'); // back down: the order as the library lists them
    await expect.poll(() => leadPage.locator('.cc-order__title > span:first-child').allTextContents()).toEqual(CALLS.map((s) => s.title));

    await leadPage.getByLabel('Temps par appel (minutes)').fill('10');
    await leadPage.getByLabel('Temps pour tout le défi (minutes)').fill('20');
    await leadPage.getByRole('button', { name: 'Créer le défi' }).click();
    await leadPage.getByRole('heading', { name: 'Le défi « Défi du lundi » est prêt' }).waitFor();
    await expectNoAxeViolations(leadPage, 'created');
    const link = await leadPage.getByLabel('Lien à partager').inputValue();
    const challenge = parseChallenge(link);
    expect(challenge).toMatchObject({ ok: true, challenge: { name: 'Défi du lundi', calls: CALLS.map((s) => s.id), perCallSeconds: 600, totalSeconds: 1200 } });

    // The agent opens the link on another device (a new context: its own storage), in English.
    const agent = await newAppContext(browser(), { locale: 'en-GB' });
    const page = await newAppPage(agent);
    await page.goto(link);
    await shown(page, page.getByRole('heading', { name: 'Challenge: Défi du lundi', level: 1 }));
    await expectNoAxeViolations(page, 'play');
    await page.getByLabel('Your name, as it will appear on the team board').fill('Amina');
    await page.keyboard.press('Enter');

    for (const [index, plan] of plans.entries()) {
      await page.getByText(`Challenge: call ${index + 1} of 2`).first().waitFor();
      await page.getByText('Time left for this call: ').first().waitFor();
      const pickUp = page.getByRole('button', { name: 'Pick up' });
      await shown(page, pickUp);
      await expect.poll(() => pickUp.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      for (const turn of plan.turns) {
        await expect.poll(() => caption(page)).toBe(turn.line);
        await page.keyboard.press(String(turn.key));
      }
      const outcome = page.getByTestId('outcome');
      await outcome.waitFor();
      expect(await outcome.getAttribute('data-outcome')).toBe(plan.outcome);
      await page.getByText('Saved on this device.').waitFor();
      await tabTo(page, index === 0 ? 'Next call' : 'See my result');
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { name: 'Your result: Défi du lundi', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'result');
    const code = await page.getByLabel('Your result code').inputValue();
    const parsed = parseResult(code);
    expect(parsed).toMatchObject({ ok: true, result: { player: 'Amina', challengeName: 'Défi du lundi' } });
    expect(parsed.ok && parsed.result.calls.map((c) => [c.scenarioId, c.outcome, c.timedOut])).toEqual(CALLS.map((s, i) => [s.id, plans[i]?.outcome, false]));
    expect(pageErrors(page)).toEqual([]);
    await agent.close();

    // Back on the lead's device: the board, the challenge, the code pasted.
    await leadPage.getByRole('link', { name: "Ouvrir le tableau d'équipe" }).click();
    await shown(leadPage, leadPage.getByRole('heading', { name: "Tableau d'équipe", level: 1 }));
    await leadPage.getByLabel('Lien ou code du défi').fill(link);
    await leadPage.getByRole('button', { name: 'Ouvrir', exact: true }).click();
    await leadPage.getByLabel('Ou collez des codes de résultat, un par ligne').fill(code);
    await leadPage.getByRole('button', { name: 'Ajouter les codes' }).click();
    await leadPage.getByText('1 résultat(s) au tableau, 0 mis de côté.').waitFor();
    const leaderboard = leadPage.getByRole('table', { name: 'Classement' });
    await expect.poll(() => leaderboard.getByRole('row').nth(1).textContent()).toMatch(/^1Amina/);
    await leadPage.getByRole('table', { name: 'Carte des compétences de l’équipe' }).waitFor();
    await expectNoAxeViolations(leadPage, 'board');
    await leadPage.getByLabel('Anonymiser les noms').check();
    await expect.poll(() => leaderboard.getByRole('row').nth(1).textContent()).toMatch(/^1Agent 1/);
    expect(pageErrors(leadPage)).toEqual([]);
    await lead.context.close();
  });
});
