import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSelfAssessment } from '../factories/call-record-factory';
import { fakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

const DAY = 86_400_000;
const invitation = () => screen.queryByRole('status', { name: 'Self-assessment' });

/**
 * The home screen has settled once today's drill shows: the drill and the invitation are decided in
 * the same render, from the same read of the device's history.
 */
async function settle() {
  await screen.findByRole('region', { name: "Today's drill" });
}

describe('the invitation to rate yourself', () => {
  it('shows on the home screen the first time, and "Rate now" opens the self-assessment', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(fakeServices(), { screen: { name: 'today' } });
    expect(await screen.findByRole('status', { name: 'Self-assessment' })).toHaveTextContent('Rate yourself: 1 minute, 12 skills.');
    await user.click(screen.getByRole('button', { name: 'Rate now' }));
    expect(store.getState().screen).toEqual({ name: 'self' });
  });

  it('"Not now" hides it for the rest of the session, not for the next one', async () => {
    const user = userEvent.setup();
    const services = fakeServices();
    const first = renderApp(services, { screen: { name: 'today' } });
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(invitation()).toBeNull();
    expect(document.activeElement).toBe(document.getElementById('main'));
    // Away from the home screen (it unmounts) and back: a fresh home screen, the same session.
    first.store.getState().go({ name: 'library' });
    await screen.findByRole('heading', { level: 1, name: 'Practice calls' });
    expect(screen.queryByRole('heading', { level: 1, name: 'Today' })).toBeNull();
    first.store.getState().go({ name: 'today' });
    await settle();
    expect(invitation()).toBeNull();
    first.unmount();

    renderApp(fakeServices(), { screen: { name: 'today' } }); // a new session
    expect(await screen.findByRole('status', { name: 'Self-assessment' })).toBeInTheDocument();
  });

  it('"Skip for now" on the form also quiets it for the session', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(fakeServices(), { screen: { name: 'self' } });
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }));
    store.getState().go({ name: 'today' });
    await settle();
    expect(invitation()).toBeNull();
  });

  it('goes away once the agent has rated themselves, and comes back a week later', async () => {
    const services = fakeServices();
    const now = Date.UTC(2026, 10, 22, 9);
    await (await services.history()).saveSelfAssessment(fakeSelfAssessment({ at: now - 6 * DAY }));
    services.setNow(now);
    const first = renderApp(services, { screen: { name: 'today' } });
    await settle();
    expect(invitation()).toBeNull();
    first.unmount();

    services.setNow(now + DAY);
    renderApp(services, { screen: { name: 'today' } });
    expect(await screen.findByRole('status', { name: 'Self-assessment' })).toBeInTheDocument();
  });

  it('goes away after rating in this session', async () => {
    const user = userEvent.setup();
    const { store } = renderApp(fakeServices(), { screen: { name: 'today' } });
    await user.click(await screen.findByRole('button', { name: 'Rate now' }));
    const opening = await screen.findByRole('group', { name: 'Call opening' });
    await user.click(within(opening).getByRole('radio', { name: '4 confident' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(store.getState().screen).toEqual({ name: 'progress' }));
    store.getState().go({ name: 'today' });
    await settle();
    expect(invitation()).toBeNull();
  });

  it('speaks French', async () => {
    renderApp(fakeServices(), { screen: { name: 'today' }, language: 'fr' });
    expect(await screen.findByRole('status', { name: 'Auto-évaluation' })).toHaveTextContent('Auto-évaluez-vous : 1 minute, 12 compétences.');
    expect(screen.getByRole('button', { name: 'Pas maintenant' })).toBeInTheDocument();
  });
});
