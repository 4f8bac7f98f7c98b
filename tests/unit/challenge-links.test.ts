import { describe, expect, it } from 'vitest';
import { callBudgetMs, remainingMs } from '../../src/core/challenges/call-budget';
import { encodeChallenge, parseChallenge } from '../../src/core/challenges/challenge';
import { boardFileName, challengeFileName, fileSlug, resultFileName } from '../../src/core/challenges/challenge-files';
import { challengeLink } from '../../src/core/challenges/challenge-link';
import { missingCalls } from '../../src/core/challenges/missing-calls';
import { resultSummary } from '../../src/core/challenges/result-summary';
import { fakeChallenge, fakeChallengeCall, fakeResult } from '../factories/challenge-factory';

describe('a challenge link', () => {
  const challenge = fakeChallenge();

  it("is the app's address with the challenge's code in the fragment", () => {
    const code = encodeChallenge(challenge);
    expect(challengeLink('https://team.example/callcourt/', challenge)).toBe(`https://team.example/callcourt/#/challenge/${code}`);
    expect(challengeLink('https://team.example/callcourt/index.html?x=1#/challenges', challenge)).toBe(`https://team.example/callcourt/index.html?x=1#/challenge/${code}`);
  });

  it('opens the same challenge', () => {
    expect(parseChallenge(challengeLink('http://localhost:4173/#/challenges', challenge))).toEqual({ ok: true, challenge });
  });
});

describe('file names', () => {
  it('are readable and safe everywhere', () => {
    expect(fileSlug('Défi « été » : équipe B !', 'x')).toBe('defi-ete-equipe-b');
    expect(fileSlug('☎☎', 'agent')).toBe('agent');
    expect(fileSlug('a'.repeat(60), 'x')).toHaveLength(40);
    expect(challengeFileName('Défi du lundi')).toBe('challenge-defi-du-lundi.json');
    expect(resultFileName('Amina B.')).toBe('challenge-result-amina-b.json');
    expect(resultFileName('  ')).toBe('challenge-result-agent.json');
    expect(boardFileName('Défi du lundi')).toBe('team-board-defi-du-lundi.csv');
  });
});

describe('the time a call may take', () => {
  const challenge = fakeChallenge({ perCallSeconds: 300, totalSeconds: 600 });

  it("is the call's limit while the whole challenge has more left", () => {
    expect(callBudgetMs(challenge, 0)).toBe(300_000);
    expect(callBudgetMs(challenge, 300_000)).toBe(300_000);
  });

  it("is what is left of the whole challenge's time when that is less", () => {
    expect(callBudgetMs(challenge, 420_000)).toBe(180_000);
    expect(remainingMs(challenge, 420_000)).toBe(180_000);
  });

  it('is nothing once the time is out', () => {
    expect(callBudgetMs(challenge, 600_000)).toBe(0);
    expect(callBudgetMs(challenge, 700_000)).toBe(0);
    expect(remainingMs(challenge, 700_000)).toBe(0);
  });
});

describe('a challenge on another copy of the app', () => {
  it('names the calls this library does not have', () => {
    expect(missingCalls(fakeChallenge(), ['s1-commande', 's2-saga'])).toEqual(['s6-attente']);
    expect(missingCalls(fakeChallenge(), ['s6-attente', 's1-commande'])).toEqual([]);
  });
});

describe("an agent's result in figures", () => {
  it('counts as the board counts: mean call score, a failed call scoring 0', () => {
    expect(resultSummary(fakeResult('Julien'))).toEqual({ score: 70, ms: 240_000, failedCalls: 0 });
    expect(resultSummary(fakeResult('Marc', [fakeChallengeCall({ score: 90 }), fakeChallengeCall({ scenarioId: 's6-attente', score: 70, failed: true })]))).toEqual({
      score: 45,
      ms: 240_000,
      failedCalls: 1,
    });
  });
});
