import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/store/app-store';
import { fakeServices, fakeSpeech } from '../factories/services-factory';
import { memoryStorage, renderApp } from './render-app';

describe('settings', () => {
  it('shows the sound, voice and hear-yourself choices, and keeps them on the device', async () => {
    const storage = memoryStorage();
    const user = userEvent.setup();
    const { store } = renderApp(fakeServices({ speech: fakeSpeech(['fr']) }), { screen: { name: 'settings' }, storage });
    await screen.findByRole('heading', { name: 'Settings' }, { timeout: 10_000 });
    expect(screen.getByTestId('voices')).toHaveTextContent('This browser has 1 French and 0 English voice(s).');
    await user.click(screen.getByLabelText('Caption only'));
    await user.click(screen.getByLabelText('Sound off (captions only)'));
    await user.click(screen.getByLabelText(/^Answer out loud/));
    expect(store.getState()).toMatchObject({ speechFallback: false, muted: true, answerOutLoud: true });
    expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? '{}').state).toMatchObject({ speechFallback: false, muted: true, answerOutLoud: true });
  });
});

describe('deleting recordings', () => {
  it('deletes every recording on the device and says how many', async () => {
    const services = fakeServices();
    const store = await services.history();
    await store.saveRecording({ id: 'a', callId: 'c', decision: 0, mimeType: 'audio/webm', durationMs: 1, blob: new Blob(['x']) });
    await store.saveRecording({ id: 'b', callId: 'd', decision: 0, mimeType: 'audio/webm', durationMs: 1, blob: new Blob(['y']) });
    const user = userEvent.setup();
    renderApp(services, { screen: { name: 'settings' } });
    await user.click(await screen.findByRole('button', { name: 'Delete all my recordings' }, { timeout: 10_000 }));
    expect(await screen.findByText('2 recording(s) deleted.')).toBeInTheDocument();
    expect(await store.recordingsOf('c')).toEqual([]);
  });
});

describe("the browser's voice for lines without a clip", () => {
  it("reads the line aloud when it has a voice for the call's language, and says so", async () => {
    const speech = fakeSpeech(['fr']);
    const user = userEvent.setup();
    renderApp(fakeServices({ speech }), { screen: { name: 'call', scenarioId: 'test-call' } });
    await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
    expect(speech.said).toEqual(['Bonjour, ma commande ?']);
    expect(screen.getByText("Read by your browser's voice (no recording for this line).")).toBeInTheDocument();
  });

  it('stays silent when the setting says caption only, or when there is no voice', async () => {
    const speech = fakeSpeech(['en']);
    const user = userEvent.setup();
    renderApp(fakeServices({ speech }), { screen: { name: 'call', scenarioId: 'test-call' } });
    await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
    expect(speech.said).toEqual([]);
    expect(screen.getByText('Bonjour, ma commande ?')).toBeInTheDocument();

    const french = fakeSpeech(['fr']);
    const off = renderApp(fakeServices({ speech: french }), { screen: { name: 'call', scenarioId: 'test-call' } });
    off.store.getState().setSpeechFallback(false);
    await user.click((await screen.findAllByRole('button', { name: 'Pick up' }, { timeout: 10_000 }))[0]!);
    expect(french.said).toEqual([]);
  });
});
