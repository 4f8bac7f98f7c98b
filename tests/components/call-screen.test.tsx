import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { lineClip } from '../../src/core/audio/line-clip';
import { estimatedSpeakingMs } from '../../src/core/engine/estimated-speaking-time';
import { fakeServices } from '../factories/services-factory';
import { fakeScenarioFile, parseOrThrow } from '../factories/scenario-factory';
import { renderApp } from './render-app';

async function openCall(services = fakeServices()) {
  const user = userEvent.setup();
  const view = renderApp(services, { screen: { name: 'call', scenarioId: 'test-call' } });
  // The call screen is a lazy chunk: its first import can take a moment.
  await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 });
  return { user, services, ...view };
}

describe('the call screen', () => {
  it('rings, with the ring time counting, until the agent picks up with the keyboard', async () => {
    const { user, services } = await openCall();
    expect(screen.getByRole('heading', { level: 1, name: 'Incoming call' })).toBeInTheDocument();
    expect(screen.getByText(/Karine/)).toBeInTheDocument();
    await waitFor(() => expect(services.audio.loops).toEqual({ ring: 'audio/ui/ring.ogg' }));
    expect(screen.getByRole('button', { name: 'Pick up' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(services.audio.loops).toEqual({ line: 'audio/ui/line.ogg' });
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();
  });

  it('shows the customer line as a caption, announces it, and lists the options with their number keys', async () => {
    const { user } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    expect(screen.getByTestId('live-region')).toHaveTextContent('Karine: Bonjour, ma commande ?');
    const options = within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('button');
    expect(options.map((o) => o.textContent)).toEqual(['1Bonjour, Julien, ADV.', "2C'est pour quoi ?"]);
    expect(options[0]).toHaveFocus();
    expect(options[1]).toHaveAttribute('aria-keyshortcuts', '2');
  });

  it('answers with a number key, and the customer reacts with the next line', async () => {
    const { user } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.keyboard('2');
    expect(screen.getByText('Bon, vous vous réveillez ?')).toBeInTheDocument();
    expect(screen.getByText(/Mood: Angry/)).toBeInTheDocument();
    expect(within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('button')[0]).toHaveFocus();
  });

  it('shows a countdown while the patience timer runs, and the customer reacts when it runs out', async () => {
    const { user, services } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    expect(screen.getByRole('timer')).toHaveAccessibleName('20 s left to answer');
    // The customer speaks first (no clip: about 65 ms a character), then their 20 s of patience run.
    const speaking = estimatedSpeakingMs({ text: 'Bonjour, ma commande ?' });
    act(() => services.clock.advance(speaking + 19_999));
    expect(screen.getByRole('timer')).toBeInTheDocument();
    act(() => services.clock.advance(1));
    expect(screen.getByRole('heading', { name: 'Call ended' })).toBeInTheDocument();
    expect(screen.getByTestId('outcome')).toHaveAttribute('data-outcome', 'lost');
    expect(screen.getByText('Time ran out. (silence)')).toBeInTheDocument();
  });

  it('ends with the outcome and the full transcript, then plays again or goes back', async () => {
    const { user, store } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.keyboard('1');
    await user.keyboard('1');
    expect(screen.getByRole('heading', { name: 'Call ended' })).toHaveFocus();
    expect(screen.getByTestId('outcome')).toHaveTextContent('Resolved');
    expect(screen.getByTestId('outcome')).toHaveTextContent('Commande suivie.');
    const transcript = within(screen.getByRole('region', { name: 'Transcript' })).getByRole('list');
    expect(within(transcript).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '0:00You picked up.',
      '0:00KarineBonjour, ma commande ?',
      '0:00YouBonjour, Julien, ADV.',
      '0:00KarineOui, alors ?',
      '0:00YouVotre numéro client ?',
      '0:00KarineMerci, au revoir.',
      '0:00Call ended. Commande suivie.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Play again' }));
    expect(await screen.findByRole('button', { name: 'Pick up' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(screen.getByText('You hung up before the end of the call.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the library' }));
    expect(store.getState().screen).toEqual({ name: 'library' });
  });

  it('plays each line through the audio player, and says so when a clip is unavailable', async () => {
    const scenario = parseOrThrow(fakeScenarioFile());
    const key = lineClip(scenario, { text: 'Bonjour, ma commande ?' }).key;
    const manifest = { version: 1, clips: { [key]: { file: `audio/clips/${key}.ogg`, text: 'Bonjour, ma commande ?', locale: 'fr-FR', voice: '', sha256: '', bytes: 1, ms: 1 } } };
    const services = fakeServices({ manifest, unavailableClips: [`audio/clips/${key}.ogg`] });
    const { user } = await openCall(services);
    expect(services.audio.preloaded).toContain(`audio/clips/${key}.ogg`);
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    expect(services.audio.played).toEqual([`audio/clips/${key}.ogg`]);
    expect(screen.getByRole('status')).toHaveTextContent('Audio unavailable for this line: read the caption.');
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();
    await user.keyboard('1');
    expect(screen.queryByText(/Audio unavailable/)).not.toBeInTheDocument();
  });

  it('pauses: no timer runs and no answer is taken until resumed', async () => {
    const { user, services } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText(/Call paused/)).toBeInTheDocument();
    act(() => services.clock.advance(60_000));
    await user.keyboard('1');
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    await user.keyboard('1');
    expect(screen.getByText('Oui, alors ?')).toBeInTheDocument();
  });
});

describe('the phone controls', () => {
  it('puts the customer on hold with H: hold music, the hold panel, then takes them back', async () => {
    const { user, services } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.keyboard('h');
    expect(services.audio.loops).toEqual({ hold: 'audio/ui/hold.ogg' });
    const panel = screen.getByTestId('hold-panel');
    expect(panel).toHaveTextContent('Karine is on hold and hears the hold music.');
    expect(panel).toHaveTextContent('check back within 0:45');
    expect(screen.queryByRole('region', { name: 'Your answer' })).not.toBeInTheDocument();
    act(() => services.clock.advance(50_000));
    await user.click(screen.getByRole('button', { name: /^Take back/ }));
    expect(services.audio.loops).toEqual({ line: 'audio/ui/line.ogg' });
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();
  });

  it('mutes with M: answers wait, the customer hears silence', async () => {
    const { user } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.keyboard('m');
    expect(screen.getByText(/Your microphone is off/)).toBeInTheDocument();
    await user.keyboard('1');
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();
    await user.keyboard('m');
    await user.keyboard('1');
    expect(screen.getByText('Oui, alors ?')).toBeInTheDocument();
  });

  it('transfers: a cold transfer ends the call as escalated, and says so', async () => {
    const { user } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.click(screen.getByRole('button', { name: 'Cold transfer (straight through)' }));
    expect(screen.getByTestId('outcome')).toHaveAttribute('data-outcome', 'escalated');
    expect(screen.getByText('You transferred the call.')).toBeInTheDocument();
  });

  it('applies the volume and the sound switch from the settings', async () => {
    const { services, store } = await openCall();
    await waitFor(() => expect(services.audio.volume).toBe(0.8));
    act(() => store.getState().setMuted(true));
    expect(services.audio.muted).toBe(true);
  });
});

describe('the transcript of the phone controls', () => {
  it('says what the agent did with the phone, in words', async () => {
    const { user, services } = await openCall();
    await user.click(screen.getByRole('button', { name: 'Pick up' }));
    await user.keyboard('h');
    act(() => services.clock.advance(46_000));
    await user.keyboard('h');
    await user.click(screen.getByRole('button', { name: 'Warm transfer (brief the colleague)' }));
    const transcript = within(screen.getByRole('region', { name: 'Transcript' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(transcript).toContain('0:00You put the customer on hold.');
    expect(transcript).toContain('0:45No check-back after 0:45 on hold.');
    expect(transcript).toContain('0:46You took the customer back after 0:46 on hold.');
    expect(transcript.some((line) => line?.endsWith('Warm transfer: you briefed the colleague.'))).toBe(true);
  });
});
