import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeChallenge } from '../../src/core/challenges/challenge';
import { parseResult } from '../../src/core/challenges/challenge-result';
import { resultSummary } from '../../src/core/challenges/result-summary';
import { SETTINGS_KEY } from '../../src/store/app-store';
import { fakeChallenge } from '../factories/challenge-factory';
import { fakeScenarioFile, type Json } from '../factories/scenario-factory';
import { fakeServices, type FakeServices } from '../factories/services-factory';
import { memoryStorage, renderApp } from './render-app';

/** A patient customer (a minute before the line's timer), so only the challenge's clock ends a silent call. */
function call(id: string, title: string): Json {
  const base = fakeScenarioFile();
  const meta = base.meta as Json;
  return { ...base, meta: { ...meta, id, title, persona: { ...(meta.persona as Json), patienceSeconds: 60 } } };
}

const files = [call('alpha', 'Appel alpha'), call('beta', 'Appel beta')];
const challenge = fakeChallenge({ name: 'Défi du lundi', calls: ['alpha', 'beta'], perCallSeconds: 30, totalSeconds: 40 });
const code = encodeChallenge(challenge);

type User = ReturnType<typeof userEvent.setup>;

async function pickUp(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
}

async function answerTwice(user: User) {
  await pickUp(user);
  await user.keyboard('1');
  await user.keyboard('1');
  await screen.findByRole('heading', { name: 'Call ended' });
}

function advance(services: FakeServices, ms: number) {
  act(() => services.clock.advance(ms));
}

async function start(user: User, name = 'Amina') {
  await user.type(await screen.findByLabelText('Your name, as it will appear on the team board'), name);
  await user.click(screen.getByRole('button', { name: 'Start the challenge' }));
}

describe('playing a challenge', () => {
  it('refuses a damaged link, and says why', async () => {
    renderApp(fakeServices({ files }), { screen: { name: 'challenge', code: code.slice(0, 40) } });
    expect(await screen.findByRole('heading', { name: 'This challenge link does not work', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The link is damaged or incomplete.');
    expect(screen.queryByRole('button', { name: 'Start the challenge' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open another challenge' })).toHaveAttribute('href', '#/challenges');
  });

  it('refuses to start outside its dates', async () => {
    const services = fakeServices({ files }); // the device's date: 2026-11-22
    const closed = encodeChallenge({ ...challenge, window: { from: '2026-11-16', to: '2026-11-20' } });
    const view = renderApp(services, { screen: { name: 'challenge', code: closed } });
    expect(await screen.findByRole('alert')).toHaveTextContent('This challenge closed on November 20, 2026. It can no longer be played.');
    expect(screen.queryByRole('button', { name: 'Start the challenge' })).not.toBeInTheDocument();
    view.unmount();

    renderApp(services, { screen: { name: 'challenge', code: encodeChallenge({ ...challenge, window: { from: '2026-11-23', to: '2026-11-27' } }) }, language: 'fr' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce défi ouvre le 23 novembre 2026. Revenez à cette date.');
  });

  it('refuses calls this copy of the app does not have', async () => {
    renderApp(fakeServices({ files: [files[0] as Json] }), { screen: { name: 'challenge', code } });
    expect(await screen.findByRole('alert')).toHaveTextContent('This challenge uses calls this copy of CallCourt does not have: beta.');
  });

  it('needs a name of 1 to 60 characters', async () => {
    const user = userEvent.setup();
    renderApp(fakeServices({ files }), { screen: { name: 'challenge', code } });
    await user.click(await screen.findByRole('button', { name: 'Start the challenge' }));
    const name = screen.getByLabelText('Your name, as it will appear on the team board');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Up to 60 characters. Enter a name of 1 to 60 characters.');
    expect(name).toHaveAttribute('maxLength', '60');
  });

  it('plays the calls in order under the clock, then gives a result file and code the board reads', async () => {
    const services = fakeServices({ files });
    const user = userEvent.setup();
    renderApp(services, { screen: { name: 'challenge', code } });
    expect(await screen.findByRole('heading', { name: 'Challenge: Défi du lundi', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Time per call: 0:30')).toBeInTheDocument();
    expect(screen.getByText('Time for the whole challenge: 0:40')).toBeInTheDocument();
    await start(user);

    // Call 1: it rings for 15 s, then is answered at once. 15 s of the 40 are used.
    expect(await screen.findByText('Time left for this call: 0:30', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('Challenge: call 1 of 2')).toBeInTheDocument();
    advance(services, 15_000);
    await answerTwice(user);
    expect(screen.queryByRole('button', { name: 'Play again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Next call' }));

    // Call 2 gets what is left of the whole: 25 s. Nobody answers: the challenge's clock ends it.
    expect(await screen.findByText('Time left for this call: 0:25', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('Challenge: call 2 of 2')).toBeInTheDocument();
    await pickUp(user);
    advance(services, 25_000);
    expect(await screen.findByText("The challenge's time for this call ran out.")).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'See my result' }));

    expect(await screen.findByRole('heading', { name: 'Your result: Défi du lundi', level: 1 })).toHaveFocus();
    const table = screen.getByRole('table', { name: 'Your calls' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Appel alpha.*Resolved.*0:15/);
    expect(rows[2]).toHaveTextContent(/Appel beta.*Call abandoned.*time ran out.*0:25/);
    expect(screen.getByText(/Your self-ratings, your quick ratings and your blind spots are never part of it/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download my result' }));
    expect(services.downloads.map((d) => d.fileName)).toEqual(['challenge-result-amina.json']);
    const fromFile = parseResult(services.downloads[0]?.text ?? '');
    expect(fromFile).toMatchObject({ ok: true, result: { player: 'Amina', challengeName: 'Défi du lundi', ms: 40_000 } });
    if (!fromFile.ok) return;
    expect(fromFile.result.calls.map((c) => [c.scenarioId, c.timedOut, c.ms])).toEqual([
      ['alpha', false, 15_000],
      ['beta', true, 25_000],
    ]);
    expect(JSON.stringify(fromFile.result)).not.toMatch(/quickRating|selfRating|blind/i);

    const codeField = screen.getByLabelText('Your result code') as HTMLTextAreaElement;
    expect(parseResult(codeField.value)).toEqual(fromFile);
    await user.click(screen.getByRole('button', { name: 'Copy the code' }));
    expect(await navigator.clipboard.readText()).toBe(codeField.value);
    expect(screen.getByTestId('result-summary')).toHaveTextContent(`Score ${resultSummary(fromFile.result).score}/100 · 0:40 in all · 0 failed call(s)`);

    // The calls are in the history as challenge calls.
    const records = (await (await services.history()).listCalls()).records;
    expect(records.map((r) => [r.scenarioId, r.mode])).toEqual(expect.arrayContaining([['alpha', 'challenge'], ['beta', 'challenge']]));
  });

  it('waits for a call to be saved when the agent moves on at once', async () => {
    const services = fakeServices({ files });
    const real = services.history;
    let release = () => {};
    const saved = new Promise<void>((resolve) => (release = resolve));
    // Saving a finished call takes a while on this device.
    services.history = async () => {
      const store = await real();
      return new Proxy(store, {
        get(target, prop) {
          if (prop === 'finishCall') return async (record: Parameters<typeof target.finishCall>[0]) => saved.then(() => target.finishCall(record));
          const value = Reflect.get(target, prop) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    };
    const user = userEvent.setup();
    renderApp(services, { screen: { name: 'challenge', code } });
    await start(user);
    await answerTwice(user);
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next call' }));
    expect(screen.getByRole('heading', { name: 'Call ended' })).toBeInTheDocument();
    release();
    expect(await screen.findByText('Challenge: call 2 of 2', {}, { timeout: 10_000 })).toBeInTheDocument();
    await answerTwice(user);
    release();
    await user.click(await screen.findByRole('button', { name: 'See my result' }));
    const rows = within(await screen.findByRole('table', { name: 'Your calls' })).getAllByRole('row');
    expect(rows.slice(1, 3).map((row) => row.querySelector('th')?.textContent)).toEqual(['Appel alpha', 'Appel beta']);
  });

  it('keeps the calls played through a reload, and charges a call cut off by it', async () => {
    const services = fakeServices({ files });
    const storage = memoryStorage();
    const user = userEvent.setup();
    const first = renderApp(services, { screen: { name: 'challenge', code }, storage });
    await start(user, 'Julien');
    await screen.findByText('Time left for this call: 0:30', {}, { timeout: 10_000 });
    advance(services, 5_000);
    await answerTwice(user);
    await waitFor(() => expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? '{}').state.challengeRuns).not.toEqual({}));
    await user.click(await screen.findByRole('button', { name: 'Next call' }));
    await screen.findByText('Time left for this call: 0:30', {}, { timeout: 10_000 });
    first.unmount();

    // The page comes back 12 s later (wall clock): call 2 was cut off.
    services.setNow(services.wallClock.now() + 12_000);
    renderApp(services, { screen: { name: 'challenge', code }, storage });
    expect(await screen.findByText('Julien: 1 of 2 calls played, 0:23 left on the clock.')).toBeInTheDocument();
    expect(screen.getByText(/Call 2 was cut off .* the time it had already run \(0:12\) counts against the challenge’s time\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Take call 2 of 2' }));
    expect(await screen.findByText('Time left for this call: 0:23', {}, { timeout: 10_000 })).toBeInTheDocument();
    await answerTwice(user);
    await user.click(await screen.findByRole('button', { name: 'See my result' }));
    expect(await screen.findByRole('heading', { name: 'Your result: Défi du lundi' })).toBeInTheDocument();

    // Opened again later, the link shows the result: there is no second go.
    const third = renderApp(services, { screen: { name: 'challenge', code }, storage });
    expect(await within(third.container).findByRole('heading', { name: 'Your result: Défi du lundi' })).toBeInTheDocument();
    expect(within(third.container).queryByRole('button', { name: 'Start the challenge' })).not.toBeInTheDocument();
  });

  it('when the time is out after a reload, goes straight to the result, calls not reached counting as not played', async () => {
    const services = fakeServices({ files });
    const storage = memoryStorage();
    const user = userEvent.setup();
    const first = renderApp(services, { screen: { name: 'challenge', code }, storage });
    await start(user);
    await screen.findByText('Time left for this call: 0:30', {}, { timeout: 10_000 });
    first.unmount();
    services.setNow(services.wallClock.now() + 3_600_000);
    renderApp(services, { screen: { name: 'challenge', code }, storage });
    // Call 1 cut off and charged its full 30 s: 10 s would be left, call 1 starts again.
    await user.click(await screen.findByRole('button', { name: 'Take call 1 of 2' }));
    expect(await screen.findByText('Time left for this call: 0:10', {}, { timeout: 10_000 })).toBeInTheDocument();
    advance(services, 10_000);
    await user.click(await screen.findByRole('button', { name: 'See my result' }));
    const rows = within(await screen.findByRole('table', { name: 'Your calls' })).getAllByRole('row');
    expect(rows[2]).toHaveTextContent(/Appel beta.*not played: the time was out/);
  });
});
