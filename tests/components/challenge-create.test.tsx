import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeChallenge, parseChallenge, type Challenge } from '../../src/core/challenges/challenge';
import { fakeScenarioFile, type Json } from '../factories/scenario-factory';
import { fakeServices } from '../factories/services-factory';
import { fakeChallenge } from '../factories/challenge-factory';
import { renderApp } from './render-app';

function call(id: string, title: string, name: string): Json {
  const base = fakeScenarioFile();
  return { ...base, meta: { ...(base.meta as Json), id, title, persona: { ...((base.meta as Json).persona as Json), name } } };
}

const files = [call('alpha', 'Appel alpha', 'Karine'), call('beta', 'Appel beta', 'Sophie'), call('gamma', 'Appel gamma', 'Karim')];

function order(): string[] {
  const list = screen.getByRole('list', { name: 'The calls, in order' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.cc-order__title span')?.textContent ?? '');
}

describe('creating a challenge', () => {
  it('gives a link and a file that open the same challenge', async () => {
    const services = fakeServices({ files });
    const user = userEvent.setup();
    renderApp(services, { screen: { name: 'challenges' } });
    expect(await screen.findByRole('heading', { name: 'Team challenges', level: 1 })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Défi du lundi');
    await user.click(screen.getByRole('button', { name: 'Add: Appel alpha' }));
    await user.click(screen.getByRole('button', { name: 'Add: Appel gamma' }));
    await user.click(screen.getByRole('button', { name: 'Add: Appel beta' }));
    expect(screen.getByRole('button', { name: 'Added: Appel beta' })).toHaveAttribute('aria-disabled', 'true');
    expect(order()).toEqual(['Appel alpha', 'Appel gamma', 'Appel beta']);

    // With the keyboard: beta up once, the focus follows it, and up again.
    screen.getByRole('button', { name: 'Move up: Appel beta' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Appel alpha', 'Appel beta', 'Appel gamma']);
    expect(screen.getByRole('button', { name: 'Move up: Appel beta' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Appel beta', 'Appel alpha', 'Appel gamma']);
    expect(screen.getByText('Appel beta is now call 1 of 3.')).toBeInTheDocument();
    // At the top, "move up" does nothing and keeps the focus.
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Appel beta', 'Appel alpha', 'Appel gamma']);
    expect(screen.getByRole('button', { name: 'Move up: Appel beta' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Move down: Appel alpha' }));
    expect(order()).toEqual(['Appel beta', 'Appel gamma', 'Appel alpha']);
    expect(screen.getByRole('button', { name: 'Move down: Appel alpha' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove: Appel gamma' }));
    expect(order()).toEqual(['Appel beta', 'Appel alpha']);
    expect(screen.getByRole('button', { name: 'Remove: Appel alpha' })).toHaveFocus();

    await user.clear(screen.getByLabelText('Time per call (minutes)'));
    await user.type(screen.getByLabelText('Time per call (minutes)'), '2,5');
    await user.clear(screen.getByLabelText('Time for the whole challenge (minutes)'));
    await user.type(screen.getByLabelText('Time for the whole challenge (minutes)'), '6');
    fireEvent.change(screen.getByLabelText('Opens on'), { target: { value: '2026-11-23' } });
    fireEvent.change(screen.getByLabelText('Closes on (included)'), { target: { value: '2026-11-27' } });
    await user.click(screen.getByRole('button', { name: 'Create the challenge' }));

    const ready = await screen.findByRole('heading', { name: 'The challenge « Défi du lundi » is ready' });
    expect(ready).toHaveFocus();
    const link = (screen.getByLabelText('Link to share') as HTMLTextAreaElement).value;
    expect(link.startsWith(`${window.location.origin}${window.location.pathname}#/challenge/`)).toBe(true);
    const expected: Challenge = {
      v: 1,
      name: 'Défi du lundi',
      calls: ['beta', 'alpha'],
      perCallSeconds: 150,
      totalSeconds: 360,
      window: { from: '2026-11-23', to: '2026-11-27' },
      createdAt: services.wallClock.now(),
    };
    expect(parseChallenge(link)).toEqual({ ok: true, challenge: expected });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(screen.getByText('Copied.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download the challenge file' }));
    expect(services.downloads.map((d) => d.fileName)).toEqual(['challenge-defi-du-lundi.json']);
    expect(parseChallenge(services.downloads[0]?.text ?? '')).toEqual({ ok: true, challenge: expected });
    expect(screen.getByRole('link', { name: 'Open the challenge' })).toHaveAttribute('href', `#/challenge/${encodeChallenge(expected)}`);
  });

  it('says what to fix next to each field, and focuses the first', async () => {
    const services = fakeServices({ files });
    const user = userEvent.setup();
    renderApp(services, { screen: { name: 'challenges' } });
    await user.clear(await screen.findByLabelText('Time per call (minutes)'));
    await user.type(screen.getByLabelText('Time per call (minutes)'), 'five');
    fireEvent.change(screen.getByLabelText('Opens on'), { target: { value: '2026-11-23' } });
    await user.click(screen.getByRole('button', { name: 'Create the challenge' }));

    expect(screen.getByRole('alert')).toHaveTextContent('The challenge is not created yet: fix the fields marked below.');
    const name = screen.getByLabelText('Name');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Up to 80 characters. The agents see it. Give the challenge a name of 1 to 80 characters.');
    expect(screen.getByText('Choose from 1 to 10 different calls.')).toBeInTheDocument();
    expect(screen.getByLabelText('Time per call (minutes)')).toHaveAccessibleDescription(/Enter a number of minutes between 0.5 and 30.$/);
    expect(screen.getByText('Give both dates, or neither.')).toBeInTheDocument();
    expect(services.downloads).toEqual([]);

    // Fixing a field clears its message.
    await user.type(name, 'Défi');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('speaks French', async () => {
    renderApp(fakeServices({ files }), { screen: { name: 'challenges' }, language: 'fr' });
    expect(await screen.findByRole('heading', { name: "Défis d'équipe", level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter : Appel alpha' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Créer le défi' })).toBeInTheDocument();
  });
});

describe('opening a challenge received', () => {
  it('goes to the play screen from a pasted link or a file', async () => {
    const services = fakeServices({ files });
    const user = userEvent.setup();
    const challenge = fakeChallenge({ calls: ['alpha'] });
    const { store } = renderApp(services, { screen: { name: 'challenges' } });
    await user.click(await screen.findByLabelText('Challenge link or code'));
    await user.paste(`https://team.example/#/challenge/${encodeChallenge(challenge)}`);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(store.getState().screen).toEqual({ name: 'challenge', code: encodeChallenge(challenge) }));

    store.getState().go({ name: 'challenges' });
    const file = new File([JSON.stringify(challenge)], 'challenge.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Or choose a challenge file'), file);
    await waitFor(() => expect(store.getState().screen).toEqual({ name: 'challenge', code: encodeChallenge(challenge) }));
  });

  it('explains a damaged link', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(fakeServices({ files }), { screen: { name: 'challenges' } });
    await user.type(await screen.findByLabelText('Challenge link or code'), 'https://team.example/#/challenge/eyJ2IjoxLCJuYW1lIjoi');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This is not a challenge link or file, or it is damaged.');
    expect(screen.getByLabelText('Challenge link or code')).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().screen).toEqual({ name: 'challenges' });
  });
});
