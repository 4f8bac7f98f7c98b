import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../src/store/app-store';
import { fakeCallRecord } from '../factories/call-record-factory';
import { fakeScenarioFile, type Json } from '../factories/scenario-factory';
import { fakeServices } from '../factories/services-factory';
import { memoryStorage, renderApp } from './render-app';

function call(id: string, name: string, skills: string[]): Json {
  const base = fakeScenarioFile();
  return { ...base, meta: { ...(base.meta as Json), id, title: `Appel ${id}`, skills, persona: { ...((base.meta as Json).persona as Json), name } } };
}

const files = [call('alpha', 'Karine', ['ACC', 'CNF']), call('beta', 'Sophie', ['ACC', 'CNF']), call('gamma', 'Karim', ['ACC', 'CNF'])];

async function finishCurrentCall(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Pick up' }, { timeout: 10_000 }));
  await user.keyboard('1');
  await user.keyboard('1');
  await screen.findByRole('heading', { name: 'Call ended' });
}

describe("today's drill", () => {
  it('shows the streak, the week and what the drill works on and why', async () => {
    const services = fakeServices({ files });
    services.setNow(Date.UTC(2026, 10, 22, 12)); // a Sunday
    const store = await services.history();
    await store.saveCall(fakeCallRecord({ id: 'r1', scenarioId: 'alpha', startedAt: Date.UTC(2026, 10, 21, 9) }));
    await store.saveCall(fakeCallRecord({ id: 'r2', scenarioId: 'alpha', startedAt: Date.UTC(2026, 10, 20, 9) }));
    renderApp(services, { screen: { name: 'today' } });
    expect(await screen.findByText('2-day streak')).toBeInTheDocument();
    const week = screen.getByRole('list', { name: 'This week' });
    expect(within(week).getAllByRole('listitem')).toHaveLength(7);
    expect(within(week).getByText('Friday: 1 call(s)')).toBeInTheDocument();
    const drill = screen.getByRole('region', { name: "Today's drill" });
    // CNF scored 50 in both calls (4 decisions, enough evidence): weak. ACC, practised on the 20th
    // and 21st, scored well: its first review (day 2) falls due on the 22nd.
    expect(drill).toHaveTextContent('Compliance & identity checks — your weakest results so far (50/100)');
    expect(drill).toHaveTextContent('Call opening — time for its first review (day 2)');
    expect(drill).toHaveTextContent('About 4 minutes, 2 calls chosen for you.');
    // alpha was played yesterday: not replayed while other calls are left.
    expect(within(drill).getAllByRole('listitem').map((li) => li.textContent)).not.toContain('Appel alpha · Karine');
  });

  it('runs the drill call after call, and resumes where it stopped after a reload', async () => {
    const services = fakeServices({ files });
    const storage = memoryStorage();
    const user = userEvent.setup();
    const first = renderApp(services, { screen: { name: 'today' }, storage });
    await user.click(await screen.findByRole('button', { name: "Start today's drill" }));
    expect(await screen.findByText(/Today's drill: call 1 of [23]/)).toBeInTheDocument();
    await finishCurrentCall(user);
    await screen.findByText('Saved on this device.');
    expect(screen.getByRole('button', { name: 'Next call' })).toBeInTheDocument();
    await waitFor(() => expect(JSON.parse(storage.data.get(SETTINGS_KEY) ?? '{}').state.drill.done).toHaveLength(1));
    first.unmount();

    renderApp(services, { screen: { name: 'today' }, storage });
    await user.click(await screen.findByRole('button', { name: /^Continue: call 2 of [23]$/ }));
    expect(await screen.findByText(/Today's drill: call 2 of [23]/)).toBeInTheDocument();
    await finishCurrentCall(user);
    const records = (await (await services.history()).listCalls()).records;
    expect(records.map((r) => r.mode)).toEqual(['drill', 'drill']);
    expect(new Set(records.map((r) => r.scenarioId)).size).toBe(2);
  });
});
