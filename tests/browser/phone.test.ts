import { describe, expect, it } from 'vitest';
import { chromiumForTests, openApp, pageErrors, shown } from './support/chromium';
import { expectNoAxeViolations } from './support/axe';
import { bestKey, loadScenario, planCall } from './support/plan-call';

// A fake microphone (a test tone) that the page may use without a permission prompt.
const browser = chromiumForTests(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);

describe('the phone in Chromium', () => {
  it('plays a call with hold, take back and a transfer, by keyboard alone', async () => {
    const { context, page } = await openApp(browser(), '#/call/s1-commande');
    const pickUp = page.getByRole('button', { name: 'Décrocher' });
    await shown(page, pickUp);
    await expect.poll(() => pickUp.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.line__text').waitFor();

    await page.keyboard.press('h');
    const panel = page.getByTestId('hold-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Karine Lefèvre est en attente');
    await expectNoAxeViolations(page, 'on hold');
    await page.clock.runFor(50_000); // past the 45 s check-back norm
    await page.keyboard.press('h');
    await page.locator('.line__text').waitFor();

    // Tab to the warm transfer button and press it.
    const transfer = page.getByRole('button', { name: 'Transfert accompagné (présenter le dossier)' });
    for (let i = 0; i < 20 && !(await transfer.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('outcome').waitFor();
    const transcript = await page.getByRole('region', { name: 'Transcription' }).textContent();
    expect(transcript).toContain('Vous avez mis le client en attente.');
    expect(transcript).toContain('Pas de reprise après 0:45 d’attente.');
    expect(transcript).toContain('Transfert accompagné');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('records an answer from the microphone and plays it back in the debrief', async () => {
    const s1 = loadScenario('scenarios/s1-commande.json');
    const plan = planCall(s1, (view) => bestKey(s1, view));
    const { context, page } = await openApp(browser(), '#/settings');
    await shown(page, page.getByLabel(/^Répondre à voix haute/));
    await page.getByLabel(/^Répondre à voix haute/).check();
    await expectNoAxeViolations(page, 'settings');
    await page.goto(`${page.url().split('#')[0]}#/call/s1-commande`);
    await shown(page, page.getByRole('button', { name: 'Décrocher' }));
    await page.getByRole('button', { name: 'Décrocher' }).click();
    for (const [index, turn] of plan.turns.entries()) {
      await expect.poll(() => page.locator('.line__text').textContent()).toBe(turn.line);
      if (index === 0) {
        await page.keyboard.press('r');
        await page.getByText('Enregistrement… appuyez sur R pour arrêter, ou choisissez une option.').waitFor();
      }
      await page.keyboard.press(String(turn.key));
    }
    await page.getByText('Enregistré sur cet appareil.').waitFor();
    const voice = page.getByLabel('Ce que vous avez dit').first();
    await voice.waitFor();
    const bytes = await voice.evaluate(async (audio) => (await (await fetch((audio as HTMLAudioElement).src)).blob()).size);
    expect(bytes).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'debrief with a recording');
    await context.close();
  });
});
