import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup } from '../../src/core/history/backup';
import { fakeCallRecord, fakeSelfAssessment } from '../factories/call-record-factory';
import { fakeServices, type FakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

vi.mock('uplot', () => ({ default: class { setSize() {} destroy() {} } }));

async function withOneCall(): Promise<FakeServices> {
  const services = fakeServices();
  services.setNow(Date.UTC(2026, 10, 22, 23, 30));
  const history = await services.history();
  await history.saveCall(fakeCallRecord({ id: 'here' }));
  await history.saveSelfAssessment(fakeSelfAssessment({ id: 'self-here' }));
  return services;
}

async function openBackup(services: FakeServices) {
  const user = userEvent.setup();
  renderApp(services, { screen: { name: 'progress' } });
  const panel = await screen.findByRole('region', { name: 'Backup' });
  return { user, panel, input: within(panel).getByLabelText('Import a backup (.json)') };
}

const jsonFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('My skills: backup', () => {
  it('exports everything as callcourt-backup-YYYY-MM-DD.json, a file the import accepts', async () => {
    const services = await withOneCall();
    const { user, panel } = await openBackup(services);
    await user.click(within(panel).getByRole('button', { name: 'Export my data' }));
    expect(await within(panel).findByText('Saved as callcourt-backup-2026-11-22.json.')).toBeInTheDocument();
    expect(services.downloads).toHaveLength(1);
    const [download] = services.downloads;
    expect(download?.fileName).toBe('callcourt-backup-2026-11-22.json');
    const parsed = parseBackup(download!.text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.backup.calls.map((c) => c.id)).toEqual(['here']);
      expect(parsed.backup.selfAssessments.map((a) => a.id)).toEqual(['self-here']);
      expect(parsed.backup.exportedAt).toBe(Date.UTC(2026, 10, 22, 23, 30));
    }
  });

  it('rejects a broken file whole: lists each problem with its JSON path, and changes nothing', async () => {
    const services = await withOneCall();
    const { user, panel, input } = await openBackup(services);
    const good = fakeCallRecord({ id: 'new-call' });
    const broken = JSON.stringify(createBackup([good, { ...good, id: 'bad', startedAt: 'yesterday' } as never], [], 1));
    await user.upload(input, jsonFile(broken, 'old-laptop.json'));
    const problems = await within(panel).findByTestId('import-problems');
    expect(problems).toHaveTextContent("old-laptop.json was not imported, nothing changed:");
    expect(within(problems).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['$.calls[1]: damaged (startedAt: invalid_type)']);
    expect(screen.getByRole('alert')).toContainElement(problems);
    const history = await services.history();
    expect((await history.listCalls()).records.map((r) => r.id)).toEqual(['here']);
    expect(within(screen.getByTestId('history')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('rejects a file that is not JSON, or not a CallCourt backup', async () => {
    const { user, panel, input } = await openBackup(await withOneCall());
    await user.upload(input, jsonFile('{ "calls": ', 'half.json'));
    expect(await within(panel).findByTestId('import-problems')).toHaveTextContent(/half\.json was not imported.*not a JSON file/);
    await user.upload(input, jsonFile('{ "format": "something-else" }', 'other.json'));
    await waitFor(() => expect(within(panel).getByTestId('import-problems')).toHaveTextContent('not a CallCourt backup'));
  });

  it('imports a good file: adds what is missing, keeps what is here, says how many of each, and shows them', async () => {
    const services = await withOneCall();
    const { user, panel, input } = await openBackup(services);
    const backup = createBackup(
      [fakeCallRecord({ id: 'here' }), fakeCallRecord({ id: 'from-laptop', scenarioTitle: 'Appel du portable', startedAt: Date.UTC(2026, 10, 21, 9) })],
      [fakeSelfAssessment({ id: 'self-laptop', at: Date.UTC(2026, 10, 21, 8) })],
      Date.UTC(2026, 10, 21, 20),
    );
    await user.upload(input, jsonFile(JSON.stringify(backup)));
    expect(await within(panel).findByText('1 call and 1 self-assessment added, 1 already here.')).toBeInTheDocument();
    const history = await services.history();
    expect((await history.listCalls()).records.map((r) => r.id).sort()).toEqual(['from-laptop', 'here']);
    expect((await history.listSelfAssessments()).map((a) => a.id).sort()).toEqual(['self-here', 'self-laptop']);
    await waitFor(() => expect(within(screen.getByTestId('history')).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getByTestId('history')).toHaveTextContent('Appel du portable');
    expect(screen.queryByTestId('import-problems')).toBeNull();
  });

  it('reports the import in French with French plurals', async () => {
    const services = await withOneCall();
    const user = userEvent.setup();
    renderApp(services, { screen: { name: 'progress' }, language: 'fr' });
    const panel = await screen.findByRole('region', { name: 'Sauvegarde' });
    const backup = createBackup([fakeCallRecord({ id: 'a' }), fakeCallRecord({ id: 'b' })], [], 1);
    await user.upload(within(panel).getByLabelText('Importer une sauvegarde (.json)'), jsonFile(JSON.stringify(backup)));
    expect(await within(panel).findByText('2 appels et 0 auto-évaluation ajoutés, 0 déjà présent.')).toBeInTheDocument();
  });
});
