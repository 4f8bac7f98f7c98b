import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeChallenge } from '../../src/core/challenges/challenge';
import { resultCode } from '../../src/core/challenges/challenge-result';
import { fakeChallenge, fakeChallengeCall, fakeResult } from '../factories/challenge-factory';
import { fakeScenarioFile, type Json } from '../factories/scenario-factory';
import { fakeServices } from '../factories/services-factory';
import { renderApp } from './render-app';

function call(id: string, title: string): Json {
  const base = fakeScenarioFile();
  return { ...base, meta: { ...(base.meta as Json), id, title } };
}

const files = [call('s1-commande', 'Où en est ma commande ?'), call('s6-attente', 'Mise en attente')];
const challenge = fakeChallenge();
const file = (name: string, value: unknown) => new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

async function openBoard(language: 'en' | 'fr' = 'en') {
  const services = fakeServices({ files });
  const user = userEvent.setup();
  renderApp(services, { screen: { name: 'board' }, language });
  await user.click(await screen.findByLabelText(language === 'en' ? 'Challenge link or code' : 'Lien ou code du défi'));
  await user.paste(`https://team.example/#/challenge/${encodeChallenge(challenge)}`);
  await user.click(screen.getByRole('button', { name: language === 'en' ? 'Open' : 'Ouvrir' }));
  return { services, user };
}

function rowsOf(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the team board', () => {
  it('ranks the results dropped in as files and pasted as codes, and shows the team', async () => {
    const { user } = await openBoard();
    expect(await screen.findByRole('heading', { name: 'The challenge: Défi du lundi' })).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choose result files'), [
      file('julien.json', fakeResult('Julien')),
      file('marc.json', fakeResult('Marc', [fakeChallengeCall({ failed: true, score: 70, outcome: 'complaint', valence: 'bad', skills: { ACC: [-4, 4, -4, 2] } })])),
    ]);
    await user.click(screen.getByLabelText('Or paste result codes, one per line'));
    await user.paste(`${resultCode(fakeResult('Amina', [fakeChallengeCall({ score: 95 }), fakeChallengeCall({ scenarioId: 's6-attente', score: 90 })]))}\n`);
    await user.click(screen.getByRole('button', { name: 'Add the codes' }));

    expect(await screen.findByText('3 result(s) on the board, 0 set aside.')).toBeInTheDocument();
    expect(rowsOf('Leaderboard')).toEqual([
      ['1', 'Amina', '93', '4:00', '0'],
      ['2', 'Julien', '70', '4:00', '0'],
      ['3', 'Marc', '0', '2:00', '1'],
    ]);
    // The skills map, weakest first, with the skills' names.
    const skills = rowsOf("The team's skills map");
    expect(skills.map((row) => row[0])).toEqual(['Hold & dead-air control', 'Call opening']);
    expect(skills[0]?.[1]).toBe('50');
    expect(skills[1]?.slice(1)).toEqual(['70', '10', '3']);
    expect(rowsOf('Call by call')).toEqual([
      ['Où en est ma commande ?', '3', '2', '0', '1', '58', '2:00', '0'],
      ['Mise en attente', '2', '1', '1', '0', '75', '2:00', '0'],
    ]);
    expect(screen.getByTestId('time-used')).toHaveTextContent('Mean 3:20, longest 4:00, of 10:00 allowed.');
  });

  it('takes files dropped on the zone', async () => {
    await openBoard();
    const zone = await screen.findByTestId('result-drop-zone');
    fireEvent.dragOver(zone);
    fireEvent.drop(zone, { dataTransfer: { files: [file('a.json', fakeResult('Julien')), file('b.json', fakeResult('Amina'))] } });
    expect(await screen.findByText('2 result(s) on the board, 0 set aside.')).toBeInTheDocument();
  });

  it('anonymises names, hides the leaderboard on request, and exports the CSV as shown', async () => {
    const { services, user } = await openBoard();
    await user.upload(await screen.findByLabelText('Choose result files'), [file('a.json', fakeResult('Julien')), file('b.json', fakeResult('Amina', [fakeChallengeCall({ score: 99 })]))]);
    await screen.findByText('2 result(s) on the board, 0 set aside.');

    await user.click(screen.getByRole('checkbox', { name: 'Anonymise names' }));
    expect(rowsOf('Leaderboard').map((row) => row[1])).toEqual(['Agent 1', 'Agent 2']);
    expect(screen.queryByText('Amina')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(services.downloads[0]).toMatchObject({ fileName: 'team-board-defi-du-lundi.csv', type: 'text/csv' });
    expect(services.downloads[0]?.text.split('\r\n').slice(0, 3)).toEqual([
      'rank,agent,score,seconds,failed calls,s1-commande outcome,s1-commande score,s6-attente outcome,s6-attente score',
      '1,Agent 1,99,120,0,resolved,99,,',
      '2,Agent 2,70,240,0,resolved,80,callback,60',
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Anonymise names' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(services.downloads[1]?.text).toContain('1,Amina,99');

    await user.click(screen.getByRole('checkbox', { name: 'Hide the leaderboard' }));
    expect(screen.queryByRole('table', { name: 'Leaderboard' })).not.toBeInTheDocument();
    expect(screen.getByText('The leaderboard is hidden. The team figures below stay.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: "The team's skills map" })).toBeInTheDocument();
  });

  it('flags duplicates, other challenges, tampered and unreadable results, and merges none of them', async () => {
    const { user } = await openBoard();
    const julien = fakeResult('Julien');
    await user.upload(await screen.findByLabelText('Choose result files'), [
      file('julien.json', julien),
      file('julien.json', julien),
      file('paul.json', fakeResult('Paul', undefined, fakeChallenge({ name: 'Autre défi' }))),
      file('eve.json', { ...fakeResult('Eve'), calls: [fakeChallengeCall({ score: 100 })] }),
    ]);
    await user.type(screen.getByLabelText('Or paste result codes, one per line'), 'CC1.broken');
    await user.click(screen.getByRole('button', { name: 'Add the codes' }));

    expect(await screen.findByText('1 result(s) on the board, 4 set aside.')).toBeInTheDocument();
    expect(rowsOf('Leaderboard').map((row) => row[1])).toEqual(['Julien']);
    const rejected = screen.getByRole('region', { name: 'Set aside (not counted)' });
    expect(within(rejected).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'julien.json (2) (from Julien) — duplicate: a result from this agent is already on the board',
      'paul.json (from Paul) — for another challenge: « Autre défi »',
      'eve.json (from Eve) — changed after it was made (its checksum does not match)',
      'pasted code 1 — unreadable: not a challenge result, or an incomplete code',
    ]);
    // Anonymised, the names leave the rejected list too.
    await user.click(screen.getByRole('checkbox', { name: 'Anonymise names' }));
    expect(within(rejected).queryByText(/Paul|Eve/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove all results' }));
    expect(screen.getByText('No result yet: add the files or codes your agents sent.')).toBeInTheDocument();
  });

  it('asks for a challenge first, and explains a damaged one', async () => {
    const user = userEvent.setup();
    renderApp(fakeServices({ files }), { screen: { name: 'board' } });
    expect(screen.queryByLabelText('Choose result files')).not.toBeInTheDocument();
    await user.upload(await screen.findByLabelText('Or choose a challenge file'), file('x.json', '{"v":1}'));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a challenge link or file, or it is damaged.');
    await user.click(screen.getByText('What is wrong (technical details)'));
    expect(screen.getByText('$.name: is required: expected a text (string)')).toBeInTheDocument();
  });

  it('speaks French', async () => {
    const { user } = await openBoard('fr');
    await user.upload(await screen.findByLabelText('Choisir des fichiers de résultat'), [file('a.json', fakeResult('Julien'))]);
    expect(await screen.findByText('1 résultat(s) au tableau, 0 mis de côté.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Carte des compétences de l’équipe' })).toHaveTextContent("Prise d'appel"));
  });
});
