import { describe, expect, it } from 'vitest';
import { detectBlindSpots } from '../../src/core/analytics/detect-blind-spots';
import { scoredCalls } from '../../src/core/history/scored-calls';
import { fakeCallRecord, fakeTally } from '../factories/call-record-factory';

describe('scoredCalls', () => {
  it('turns finished, scored calls into the evidence analytics reads: start time, scenario and skill tallies', () => {
    const record = fakeCallRecord({ id: 'a', startedAt: 1000 });
    expect(scoredCalls([record])).toEqual([{ at: 1000, scenarioId: 's1-commande', skills: record.score?.skills }]);
  });

  it('leaves out interrupted calls: half a call is not an assessment', () => {
    const interrupted = fakeCallRecord({ id: 'b', status: 'interrupted', score: undefined });
    expect(scoredCalls([interrupted])).toEqual([]);
  });

  it('keeps a failed call: its tallies still show what was chosen at each decision', () => {
    const base = fakeCallRecord();
    const failed = fakeCallRecord({ id: 'c', score: { ...base.score!, failed: true, overall: 0, fatal: ['identity-breach'], skills: { CNF: fakeTally(0, 3) } } });
    expect(scoredCalls([failed])).toHaveLength(1);
  });

  it('feeds detectBlindSpots: an over-confident skill with enough evidence is a blind spot', () => {
    const calls = [1, 2, 3].map((n) => fakeCallRecord({ id: `call-${n}`, startedAt: n * 1000, score: { ...fakeCallRecord().score!, skills: { MAI: fakeTally(0, 2) } } }));
    const [mai] = detectBlindSpots({ selfRatings: [{ at: 0, ratings: { MAI: 5 } }], calls: scoredCalls(calls) }).filter((i) => i.skill === 'MAI');
    expect(mai).toMatchObject({ status: 'blind-spot', evidence: 6, selfScore: 90, measured: 0 });
  });
});
