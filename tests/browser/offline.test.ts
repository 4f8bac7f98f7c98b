import { describe, expect, it } from 'vitest';
import { chromiumForTests, openApp } from './support/chromium';

const browser = chromiumForTests();

describe('offline once loaded', () => {
  it('plays a call, with its audio, after the network is gone', async () => {
    const { context, page } = await openApp(browser(), '#/library', { serviceWorkers: true });
    await page.getByRole('heading', { name: "Appels d'entraînement", level: 1 }).waitFor();
    // The service worker is active once it has precached the app, the scenarios and the clips.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: "Appels d'entraînement", level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Lancer l'appel : Où en est ma commande/ }).click();
    await page.getByRole('button', { name: 'Décrocher' }).click();
    await page.locator('.line__text').waitFor();
    await expect.poll(() => page.locator('.line').getAttribute('data-audio'), { timeout: 10_000 }).toMatch(/^(playing|ended)$/);
    await context.close();
  });
});
