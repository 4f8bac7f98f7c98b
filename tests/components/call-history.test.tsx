import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

async function playToTheEnd(services = fakeServices()) {
  const user = userEvent.setup();
  const view = renderApp(services, { screen: { name: 'call', scenarioId: 'test-call' } });
  await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
  await user.keyboard('2'); // the flawed greeting
  await user.keyboard('1'); // then the identity check
  await screen.findByRole('heading', { name: 'Call ended' });
  return { user, services, ...view };
}

describe('the debrief and the history', () => {
  it('explains the call: score, skills, and each decision with the better option and why', async () => {
    await playToTheEnd();
    const debrief = screen.getByRole('region', { name: 'Debrief' });
    expect(within(debrief).getByTestId('call-score')).toHaveTextContent(/^Call score: \d+\/100$/);
    expect(within(debrief).getByRole('table', { name: 'Skills in this call' })).toHaveTextContent('Call opening');
    const [first, second] = within(debrief).getAllByTestId('moment');
    expect(first).toHaveTextContent("C'est pour quoi ?");
    expect(first).toHaveTextContent('Accueil sec.');
    expect(first).toHaveTextContent('Better: Bonjour, Julien, ADV. Bonne présentation.');
    expect(first).toHaveTextContent('Call opening: -2 (best +2)');
    expect(second).toHaveTextContent('Votre numéro client ?');
    expect(second).toHaveTextContent('Best choice.');
  });

  it('saves the finished call on the device with its score, and the quick rating with it', async () => {
    const { user, services } = await playToTheEnd();
    await screen.findByText('Saved on this device.');
    await user.click(screen.getByRole('radio', { name: '4 of 5' }));
    expect(screen.getByText('Thanks: noted.')).toBeInTheDocument();
    const store = await services.history();
    await waitFor(async () => expect((await store.listCalls()).records[0]?.quickRating).toBe(4));
    const [record] = (await store.listCalls()).records;
    expect(record).toMatchObject({ scenarioId: 'test-call', status: 'complete', mode: 'practice' });
    expect(record?.score?.outcome).toEqual({ kind: 'resolved', valence: 'good' });
    expect(record?.log.at(-1)?.type).toBe('end');
    expect(await store.recoverInterrupted()).toBeUndefined();
  });

  it('keeps a call cut off half-way, and says so at the next start', async () => {
    const services = fakeServices();
    const user = userEvent.setup();
    const first = renderApp(services, { screen: { name: 'call', scenarioId: 'test-call' } });
    await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
    await user.keyboard('1');
    const store = await services.history();
    // The live copy follows the call as it goes.
    await waitFor(async () => expect((await store.peekLive())?.log.map((e) => e.type)).toEqual(['ring', 'pickup', 'line', 'decision', 'line']));
    expect((await store.listCalls()).records).toEqual([]);
    first.unmount(); // the page goes away mid-call

    renderApp(services);
    expect(await screen.findByText(/was interrupted before its end/)).toHaveTextContent('Appel de test');
    const [record] = (await store.listCalls()).records;
    expect(record).toMatchObject({ status: 'interrupted', scenarioId: 'test-call' });
    expect(record?.log.map((e) => e.type)).toEqual(['ring', 'pickup', 'line', 'decision', 'line']);
  });
});
