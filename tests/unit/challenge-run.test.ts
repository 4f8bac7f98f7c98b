import { describe, expect, it } from 'vitest';
import { challengeId } from '../../src/core/challenges/challenge';
import { parseResult } from '../../src/core/challenges/challenge-result';
import {
  beginCall,
  finishRun,
  interruptedIndex,
  interruptionCharge,
  playedCall,
  recordCall,
  runResult,
  runStatus,
  settleInterrupted,
  startRun,
  unplayedCall,
  usedMs,
  wasPlayed,
  type ChallengeRun,
} from '../../src/core/challenges/challenge-run';
import { repairRun } from '../../src/core/challenges/repair-run';
import { buildBoard } from '../../src/core/challenges/team-board';
import { KEPT_RUNS, repairChallengeRuns } from '../../src/store/challenge-slice';
import { fakeCallRecord } from '../factories/call-record-factory';
import { fakeChallenge, fakeChallengeCall } from '../factories/challenge-factory';

const T0 = 1_763_800_000_000;
const challenge = fakeChallenge({ calls: ['s1-commande', 's6-attente', 's2-saga'], perCallSeconds: 300, totalSeconds: 600 });

function played(run: ChallengeRun, ms: number): ChallengeRun {
  const index = run.calls.length;
  return recordCall(run, index, fakeChallengeCall({ scenarioId: challenge.calls[index], ms }));
}

describe("an agent's run through a challenge", () => {
  it('starts under the name the agent chose, with nothing played', () => {
    const run = startRun(challenge, '  Amina ', T0);
    expect(run).toEqual({ challengeId: challengeId(challenge), player: 'Amina', startedAt: T0, calls: [], lostMs: 0 });
    expect(runStatus(run, challenge)).toBe('playing');
  });

  it("gives each call its own limit, or what is left of the whole challenge's time", () => {
    let run = beginCall(startRun(challenge, 'Amina', T0), challenge, T0);
    expect(run.current).toEqual({ index: 0, startedAt: T0, limitMs: 300_000 });
    run = played(run, 120_000);
    run = beginCall(run, challenge, T0 + 200_000);
    expect(run.current).toEqual({ index: 1, startedAt: T0 + 200_000, limitMs: 300_000 });
    run = played(run, 300_000);
    run = beginCall(run, challenge, T0 + 600_000);
    expect(run.current).toEqual({ index: 2, startedAt: T0 + 600_000, limitMs: 180_000 });
    expect(usedMs(run)).toBe(420_000);
  });

  it('keeps each call once, in order', () => {
    const run = beginCall(startRun(challenge, 'Amina', T0), challenge, T0);
    const once = recordCall(run, 0, fakeChallengeCall());
    expect(recordCall(once, 0, fakeChallengeCall({ score: 99 }))).toBe(once);
    expect(recordCall(run, 1, fakeChallengeCall())).toBe(run);
    expect(once.calls).toHaveLength(1);
  });

  it('is over when every call is played', () => {
    let run = startRun(challenge, 'Amina', T0);
    for (let i = 0; i < 3; i++) run = played(beginCall(run, challenge, T0), 60_000);
    expect(runStatus(run, challenge)).toBe('over');
    expect(beginCall(run, challenge, T0)).toBe(run);
  });

  it('is over when the time is out, and the calls not reached count as not played', () => {
    let run = played(beginCall(startRun(challenge, 'Amina', T0), challenge, T0), 300_000);
    run = played(beginCall(run, challenge, T0), 300_000);
    expect(runStatus(run, challenge)).toBe('over');
    const finished = finishRun(run, challenge, T0 + 900_000);
    expect(finished.finishedAt).toBe(T0 + 900_000);
    expect(finished.current).toBeUndefined();
    expect(finished.calls.map((c) => c.scenarioId)).toEqual(challenge.calls);
    expect(finished.calls[2]).toEqual(unplayedCall('s2-saga'));
    expect(unplayedCall('s2-saga')).toEqual({ scenarioId: 's2-saga', outcome: 'abandoned', valence: 'bad', score: 0, failed: false, ms: 0, timedOut: true, skills: {} });
    expect(finished.calls.map(wasPlayed)).toEqual([true, true, false]);
    expect(runStatus(finished, challenge)).toBe('finished');
    expect(finishRun(finished, challenge, T0 + 999_999)).toBe(finished);
  });

  it('seals a result the team board accepts, where running out of time never pays', () => {
    const fast = finishRun(played(beginCall(startRun(challenge, 'Fast', T0), challenge, T0), 600_000), challenge, T0 + 1);
    let steady = startRun(challenge, 'Steady', T0);
    for (let i = 0; i < 3; i++) steady = played(beginCall(steady, challenge, T0), 100_000);
    steady = finishRun(steady, challenge, T0 + 2);
    expect(runResult(startRun(challenge, 'Nobody', T0), challenge)).toBeUndefined();
    const results = [runResult(fast, challenge), runResult(steady, challenge)];
    for (const result of results) expect(parseResult(JSON.stringify(result))).toEqual({ ok: true, result });
    const board = buildBoard(challenge, results.map((result, i) => ({ source: `r${i}`, text: JSON.stringify(result) })));
    expect(board.leaderboard.map((e) => [e.result.player, e.score])).toEqual([
      ['Steady', 80],
      ['Fast', 27],
    ]);
    expect(board.calls.map((c) => c.timedOut)).toEqual([0, 1, 1]);
  });
});

describe('a call cut off by a reload', () => {
  const begun = beginCall(played(beginCall(startRun(challenge, 'Amina', T0), challenge, T0), 100_000), challenge, T0 + 200_000);

  it('is the call begun and never recorded', () => {
    expect(interruptedIndex(begun)).toBe(1);
    expect(interruptedIndex(played(begun, 50_000))).toBeUndefined();
    expect(interruptedIndex(startRun(challenge, 'Amina', T0))).toBeUndefined();
  });

  it("costs the time it had run, up to its limit, and starts again with what is left", () => {
    expect(interruptionCharge(begun, T0 + 290_000)).toBe(90_000);
    expect(interruptionCharge(begun, T0 + 9_000_000)).toBe(300_000);
    expect(interruptionCharge(begun, T0)).toBe(0);
    const settled = settleInterrupted(begun, T0 + 290_000);
    expect(settled.lostMs).toBe(90_000);
    expect(settled.current).toBeUndefined();
    expect(usedMs(settled)).toBe(190_000);
    expect(beginCall(settled, challenge, T0 + 400_000).current).toEqual({ index: 1, startedAt: T0 + 400_000, limitMs: 300_000 });
    const late = beginCall(settleInterrupted(beginCall(settled, challenge, T0), T0 + 300_000), challenge, T0);
    expect(late.lostMs).toBe(390_000);
    expect(late.current?.limitMs).toBe(110_000);
  });

  it('changes nothing when no call was cut off', () => {
    const recorded = played(begun, 50_000);
    expect(settleInterrupted(recorded, T0 + 999_000)).toBe(recorded);
  });
});

describe('a played call in the result', () => {
  it("is timed out when the challenge's clock ended it", () => {
    const timeUp = fakeCallRecord({ log: [{ type: 'ring', at: 0 }, { type: 'end', at: 300_000, outcome: { kind: 'abandoned', reason: 'time-up' } }] });
    expect(playedCall(timeUp).timedOut).toBe(true);
    const finished = fakeCallRecord({ log: [{ type: 'ring', at: 0 }, { type: 'end', at: 200_000, outcome: { kind: 'resolved', reason: 'final' } }] });
    expect(playedCall(finished)).toMatchObject({ scenarioId: 's1-commande', score: 72, timedOut: false, ms: 240_000 });
  });
});

describe('a stored run', () => {
  const run: ChallengeRun = { ...beginCall(played(beginCall(startRun(challenge, 'Amina', T0), challenge, T0), 100_000), challenge, T0), finishedAt: T0 + 5 };

  it('comes back as it was saved', () => {
    expect(repairRun(JSON.parse(JSON.stringify(run)))).toEqual(run);
  });

  it('is dropped when malformed, and loses unknown fields', () => {
    expect(repairRun(undefined)).toBeUndefined();
    expect(repairRun({ ...run, player: '' })).toBeUndefined();
    expect(repairRun({ ...run, lostMs: -1 })).toBeUndefined();
    expect(repairRun({ ...run, calls: [{ ...run.calls[0], outcome: 'great' }] })).toBeUndefined();
    expect(repairRun({ ...run, calls: [{ ...run.calls[0], skills: { XYZ: [1, 2, 0, 1] } }] })).toBeUndefined();
    expect(repairRun({ ...run, current: { index: 'one' } })).toBeUndefined();
    expect(repairRun({ ...run, extra: 1, calls: [{ ...run.calls[0], extra: 2 }] })).toEqual(run);
  });

  it('is kept under its own challenge id, the newest first, a bounded number of them', () => {
    expect(repairChallengeRuns({ [run.challengeId]: run, wrong: run, bad: 3 })).toEqual({ [run.challengeId]: run });
    expect(repairChallengeRuns('nonsense')).toEqual({});
    const many = Object.fromEntries(Array.from({ length: KEPT_RUNS + 5 }, (_, i) => [`c${i}`, { ...run, challengeId: `c${i}`, startedAt: i }]));
    const kept = repairChallengeRuns(many);
    expect(Object.keys(kept)).toHaveLength(KEPT_RUNS);
    expect(kept.c0).toBeUndefined();
    expect(kept[`c${KEPT_RUNS + 4}`]).toBeDefined();
  });
});
