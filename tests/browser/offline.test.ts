import { describe, it } from 'vitest';
import { chromiumForTests, openApp, pollWithTimers, shown } from './support/chromium';

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
    await shown(page, page.getByRole('button', { name: 'Décrocher' }));
    await page.getByRole('button', { name: 'Décrocher' }).click();
    await page.locator('.line__text').waitFor();
    await pollWithTimers(page, () => page.locator('.line').getAttribute('data-audio')).toMatch(/^(playing|ended)$/);
    await context.close();
  });
});
