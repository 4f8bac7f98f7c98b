import { describe, expect, it } from 'vitest';
import { chromiumForTests, openApp, pollWithTimers, shown } from './support/chromium';

const browser = chromiumForTests();

describe('customer audio through howler in Chromium', () => {
  it('plays the generated clip of the line, with its caption', async () => {
    const { context, page } = await openApp(browser(), '#/call/s1-commande');
    await shown(page, page.getByRole('button', { name: 'Décrocher' }));
    await page.getByRole('button', { name: 'Décrocher' }).click();
    const line = page.locator('.line');
    await pollWithTimers(page, () => line.getAttribute('data-audio')).toMatch(/^(playing|ended)$/);
    expect(await page.locator('.line__text').textContent()).not.toBe('');
    expect(await page.locator('.line__notice').count()).toBe(0);
    await context.close();
  });

  it('keeps the caption and says the audio is unavailable when a clip is missing', async () => {
    const { context, page } = await openApp(browser(), '#/call/s1-commande');
    await page.route('**/audio/clips/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await shown(page, page.getByRole('button', { name: 'Décrocher' }));
    await page.getByRole('button', { name: 'Décrocher' }).click();
    await pollWithTimers(page, () => page.locator('.line').getAttribute('data-audio')).toBe('unavailable');
    expect(await page.locator('.line__notice').textContent()).toBe('Audio indisponible pour cette réplique : lisez le sous-titre.');
    expect(await page.locator('.line__text').textContent()).not.toBe('');
    // The call goes on.
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.option').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('goes on when the whole audio manifest is unreachable', async () => {
    const { context, page } = await openApp(browser(), '#/call/s1-commande');
    await page.route('**/audio/manifest.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
    await page.reload();
    await shown(page, page.getByRole('button', { name: 'Décrocher' }));
    await page.getByRole('button', { name: 'Décrocher' }).click();
    await page.locator('.line__text').waitFor();
    expect(await page.locator('.line').getAttribute('data-audio')).toBe('none');
    await context.close();
  });
});

describe('interface language', () => {
  it('follows the browser language, switches by keyboard, and remembers the choice across reloads', async () => {
    const { context, page } = await openApp(browser(), '#/library', { locale: 'en-GB' });
    await page.getByRole('heading', { name: 'Practice calls' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Français' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "Appels d'entraînement" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.reload();
    await page.getByRole('heading', { name: "Appels d'entraînement" }).waitFor();
    await context.close();
  });
});
