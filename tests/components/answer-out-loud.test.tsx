import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeMicrophone, fakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

async function openCall(services = fakeServices()) {
  const user = userEvent.setup();
  const view = renderApp(services, { screen: { name: 'call', scenarioId: 'test-call' } });
  view.store.getState().setAnswerOutLoud(true);
  await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
  return { user, services, ...view };
}

describe('answer out loud (hear yourself)', () => {
  it('records what the agent says before choosing, and keeps it on the device with the decision', async () => {
    const { user, services } = await openCall();
    expect(screen.getByText('Say your answer out loud, then pick the closest option.')).toBeInTheDocument();
    await user.keyboard('r');
    expect(await screen.findByText('Recording… press R to stop, or pick an option.')).toBeInTheDocument();
    await user.keyboard('r');
    expect(await screen.findByText('Recorded (1.5 s). Now pick the closest option.')).toBeInTheDocument();
    await user.keyboard('2');
    // A second answer: picking an option stops the recording by itself.
    await user.click(screen.getByRole('button', { name: /^Say your answer/ }));
    await user.keyboard('1');
    const store = await services.history();
    await waitFor(async () => expect((await store.listCalls()).records).toHaveLength(1));
    const [call] = (await store.listCalls()).records;
    await waitFor(async () => expect((await store.recordingsOf(call!.id)).map((r) => r.decision)).toEqual([0, 1]));
    // (The blob itself round-trips in a real browser: tests/browser/hear-yourself.test.ts.)
    expect((await store.recordingsOf(call!.id))[0]).toMatchObject({ callId: call!.id, mimeType: 'audio/webm', durationMs: 1500 });
  });

  it('explains a refused microphone and lets the call go on', async () => {
    const microphone = fakeMicrophone('denied');
    const { user } = await openCall(fakeServices({ microphone }));
    await user.keyboard('r');
    expect(await screen.findByText(/The microphone was refused: the call goes on without recording/)).toBeInTheDocument();
    await user.keyboard('1');
    expect(screen.getByText('Oui, alors ?')).toBeInTheDocument();
    await user.keyboard('r');
    expect(microphone.opened).toBe(1);
  });
});

describe('hearing yourself in the debrief', () => {
  it('plays back what the agent said next to the best answer, and deletes it on request', async () => {
    // jsdom has no object URLs: hand out stand-ins.
    let made = 0;
    URL.createObjectURL = () => `blob:answer-${++made}`;
    URL.revokeObjectURL = () => undefined;
    const { user, services } = await openCall();
    await user.keyboard('r');
    await screen.findByText('Recording… press R to stop, or pick an option.');
    await user.keyboard('2'); // the flawed greeting, said out loud
    await user.keyboard('1');
    await screen.findByText('Saved on this device.');
    const debrief = screen.getByRole('region', { name: 'Debrief' });
    const [first] = within(debrief).getAllByTestId('moment');
    expect(await within(first!).findByLabelText('What you said', {}, { timeout: 5000 })).toHaveAttribute('src', 'blob:answer-1');
    expect(first).toHaveTextContent('Better: Bonjour, Julien, ADV. Bonne présentation.');
    await user.click(screen.getByRole('button', { name: "Delete this call's recordings" }));
    expect(within(debrief).queryByLabelText('What you said')).not.toBeInTheDocument();
    const [call] = (await (await services.history()).listCalls()).records;
    expect(await (await services.history()).recordingsOf(call!.id)).toEqual([]);
  });
});
