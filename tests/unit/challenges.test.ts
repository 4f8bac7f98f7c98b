import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../src/core/challenges/base64url';
import { boardCsv } from '../../src/core/challenges/board-csv';
import { challengeId, encodeChallenge, parseChallenge, windowState } from '../../src/core/challenges/challenge';
import { challengeCall, parseResult, resultCode } from '../../src/core/challenges/challenge-result';
import { buildBoard } from '../../src/core/challenges/team-board';
import { fakeCallRecord } from '../factories/call-record-factory';
import { fakeChallenge, fakeChallengeCall, fakeResult } from '../factories/challenge-factory';

describe('challenge links', () => {
  it('round-trips a challenge through its link code and its file', () => {
    const challenge = fakeChallenge({ window: { from: '2026-11-23', to: '2026-11-27' } });
    const code = encodeChallenge(challenge);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseChallenge(code)).toEqual({ ok: true, challenge });
    expect(parseChallenge(`https://callcourt.example/#/challenge/${code}`)).toEqual({ ok: true, challenge });
    expect(parseChallenge(JSON.stringify(challenge))).toEqual({ ok: true, challenge });
  });

  it('keeps accents and any Unicode in names', () => {
    expect(fromBase64Url(toBase64Url('Défi « été » ☎'))).toBe('Défi « été » ☎');
  });

  it('explains a damaged or invalid challenge', () => {
    expect(parseChallenge('%%%')).toEqual({ ok: false, problems: ['this is not a challenge link or file (the code is damaged or incomplete)'] });
    expect(parseChallenge(toBase64Url('{"v":1}'))).toMatchObject({ ok: false, problems: expect.arrayContaining(['$.name: is required: expected a text (string)']) });
    expect(parseChallenge(JSON.stringify(fakeChallenge({ perCallSeconds: 5 })))).toEqual({ ok: false, problems: ['$.perCallSeconds: must be at least 30, got the number 5'] });
    expect(parseChallenge(JSON.stringify(fakeChallenge({ window: { from: '2026-12-01', to: '2026-11-01' } })))).toEqual({ ok: false, problems: ['$.window: the window ends before it starts'] });
  });

  it('names a challenge by its content', () => {
    expect(challengeId(fakeChallenge())).toBe(challengeId(fakeChallenge()));
    expect(challengeId(fakeChallenge({ perCallSeconds: 301 }))).not.toBe(challengeId(fakeChallenge()));
  });

  it('is playable only inside its window', () => {
    const challenge = fakeChallenge({ window: { from: '2026-11-23', to: '2026-11-27' } });
    expect(windowState(challenge, '2026-11-22')).toBe('not-yet');
    expect(windowState(challenge, '2026-11-23')).toBe('open');
    expect(windowState(challenge, '2026-11-27')).toBe('open');
    expect(windowState(challenge, '2026-11-28')).toBe('closed');
    expect(windowState(fakeChallenge(), '2030-01-01')).toBe('open');
  });
});

describe('challenge results', () => {
  it('carry outcomes, scores, times and skill sums, never self-ratings', () => {
    const call = challengeCall(fakeCallRecord(), false);
    expect(call).toEqual({ scenarioId: 's1-commande', outcome: 'resolved', valence: 'good', score: 72, failed: false, ms: 240_000, timedOut: false, skills: { ACC: [2, 2, 0, 2], CNF: [1, 2, 0, 2] } });
    const result = fakeResult('Julien');
    expect(Object.keys(result).sort()).toEqual(['calls', 'challengeId', 'challengeName', 'checksum', 'completedAt', 'ms', 'player', 'v']);
  });

  it('round-trip through a file and through a short code', () => {
    const result = fakeResult('Julien');
    expect(parseResult(JSON.stringify(result))).toEqual({ ok: true, result });
    const code = resultCode(result);
    expect(code.startsWith('CC1.')).toBe(true);
    expect(parseResult(`  ${code}\n`)).toEqual({ ok: true, result });
  });

  it('detect a hand-edited result', () => {
    const result = fakeResult('Julien');
    const edited = { ...result, calls: [{ ...result.calls[0], score: 100 }, result.calls[1]] };
    expect(parseResult(JSON.stringify(edited))).toEqual({ ok: false, reason: 'tampered', detail: 'the result was changed after it was made (checksum mismatch)', player: 'Julien' });
    const renamed = { ...result, player: 'Someone else' };
    expect(parseResult(JSON.stringify(renamed))).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('say what is wrong with something that is not a result', () => {
    expect(parseResult('CC1.%%')).toEqual({ ok: false, reason: 'unreadable', detail: 'the code is damaged or incomplete' });
    expect(parseResult('hello')).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(parseResult(JSON.stringify({ v: 1 }))).toMatchObject({ ok: false, reason: 'unreadable', detail: expect.stringMatching(/^not a challenge result/) });
  });
});

describe('the team board', () => {
  const challenge = fakeChallenge();

  it('ranks the agents, pools the team skills map and summarises each call', () => {
    const board = buildBoard(challenge, [
      { source: 'julien.json', text: JSON.stringify(fakeResult('Julien')) },
      { source: 'pasted code 1', text: resultCode(fakeResult('Amina', [fakeChallengeCall({ score: 95 }), fakeChallengeCall({ scenarioId: 's6-attente', score: 90 })])) },
      { source: 'marc.json', text: JSON.stringify(fakeResult('Marc', [fakeChallengeCall({ failed: true, score: 70, outcome: 'complaint', valence: 'bad', skills: { ACC: [-4, 4, -4, 2] } })])) },
    ]);
    expect(board.leaderboard.map((e) => [e.result.player, e.score])).toEqual([
      ['Amina', 93],
      ['Julien', 70],
      ['Marc', 0],
    ]);
    expect(board.rejected).toEqual([]);
    // ACC pooled over five calls: earned 4 × 3 − 4 = 8, best 20, worst −20 → 100 × (8 + 20) / 40 = 70.
    expect(board.skills.find((s) => s.skill === 'ACC')).toEqual({ skill: 'ACC', score: 70, decisions: 10, agents: 3 });
    expect(board.skills[0]?.skill).toBe('ATT'); // weakest first: ATT pooled 50
    expect(board.calls[0]).toEqual({ scenarioId: 's1-commande', played: 3, outcomes: { good: 2, mixed: 0, bad: 1 }, meanScore: 58, meanMs: 120_000, timedOut: 0 });
    expect(board.calls[1]).toMatchObject({ scenarioId: 's6-attente', played: 2 });
  });

  it('flags duplicates, other challenges, tampered and unreadable results, and merges none of them', () => {
    const julien = fakeResult('Julien');
    const other = fakeResult('Paul', undefined, fakeChallenge({ name: 'Autre défi' }));
    const board = buildBoard(challenge, [
      { source: 'a.json', text: JSON.stringify(julien) },
      { source: 'b.json', text: JSON.stringify(julien) },
      { source: 'c.json', text: JSON.stringify(fakeResult('julien', [fakeChallengeCall()])) },
      { source: 'd.json', text: JSON.stringify(other) },
      { source: 'e.json', text: JSON.stringify({ ...fakeResult('Eve'), ms: 1 }) },
      { source: 'pasted code 1', text: 'CC1.broken!' },
    ]);
    expect(board.entries.map((e) => e.source)).toEqual(['a.json']);
    expect(board.rejected.map((r) => [r.source, r.reason])).toEqual([
      ['b.json', 'duplicate'],
      ['c.json', 'duplicate'],
      ['d.json', 'other-challenge'],
      ['e.json', 'tampered'],
      ['pasted code 1', 'unreadable'],
    ]);
    expect(board.rejected[1]?.detail).toBe('a second result from julien (the first came from a.json)');
    expect(board.rejected[2]?.detail).toBe('this result is for the challenge « Autre défi »');
  });

  it('exports the leaderboard as CSV, anonymised on request, safe for spreadsheets', () => {
    const board = buildBoard(challenge, [
      { source: 'a', text: JSON.stringify(fakeResult('=HYPERLINK("x")')) },
      { source: 'b', text: JSON.stringify(fakeResult('Amina, B.', [fakeChallengeCall({ score: 99 })])) },
    ]);
    const csv = boardCsv(board, { anonymise: false, callIds: challenge.calls });
    expect(csv.split('\r\n')).toEqual([
      'rank,agent,score,seconds,failed calls,s1-commande outcome,s1-commande score,s6-attente outcome,s6-attente score',
      '1,"Amina, B.",99,120,0,resolved,99,,',
      `2,"'=HYPERLINK(""x"")",70,240,0,resolved,80,callback,60`,
      '',
    ]);
    expect(boardCsv(board, { anonymise: true, callIds: challenge.calls }).split('\r\n')[1]).toBe('1,Agent 1,99,120,0,resolved,99,,');
  });
});
