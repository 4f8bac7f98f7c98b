import { describe, expect, it } from 'vitest';
import { progressOf, streakOf } from '../../src/core/history/progress';
import { fakeCallRecord, fakeTally } from '../factories/call-record-factory';

const DAY = 86_400_000;
const at = (day: number, hour = 10) => Date.UTC(2026, 10, day, hour);

describe('streak', () => {
  it('counts consecutive days up to today, or up to yesterday when today is not played yet', () => {
    expect(streakOf(new Set([8, 9, 10]), 10)).toBe(3);
    expect(streakOf(new Set([8, 9]), 10)).toBe(2);
    expect(streakOf(new Set([7, 9, 10]), 10)).toBe(2);
    expect(streakOf(new Set([7]), 10)).toBe(0);
  });
});

describe('progressOf', () => {
  it('gathers calls played, streak, outcomes, and each skill per call over time', () => {
    const records = [
      fakeCallRecord({ id: 'c', startedAt: at(21), score: { ...fakeCallRecord().score!, outcome: { kind: 'lost', valence: 'bad' }, skills: { ACC: fakeTally(40) } } }),
      fakeCallRecord({ id: 'a', startedAt: at(19) }),
      fakeCallRecord({ id: 'b', startedAt: at(20) }),
      fakeCallRecord({ id: 'x', startedAt: at(21, 11), status: 'interrupted', score: undefined }),
    ];
    const progress = progressOf(records, at(21, 18), 'UTC');
    expect(progress).toMatchObject({ played: 3, interrupted: 1, streak: 3, activeDays: 3, outcomes: { good: 2, mixed: 0, bad: 1 } });
    expect(progress.skills.ACC.map((p) => [p.callId, p.score])).toEqual([['a', 100], ['b', 100], ['c', 40]]);
    expect(progress.skills.CNF.map((p) => p.callId)).toEqual(['a', 'b']);
    expect(progress.skills.ATT).toEqual([]);
    expect(progress.overall.map((o) => o.at)).toEqual([at(19), at(20), at(21)]);
  });

  it('does not count interrupted calls as days played', () => {
    const progress = progressOf([fakeCallRecord({ status: 'interrupted', score: undefined, startedAt: at(21) })], at(21) + DAY / 4, 'UTC');
    expect(progress).toMatchObject({ played: 0, streak: 0, activeDays: 0 });
  });

  it('counts the streak in local days of the zone it is given', () => {
    // 20:00 and 23:00 UTC on the 20th, then 09:00 UTC on the 21st: two UTC days, but in Kiritimati
    // (UTC+14) the 21st, the 21st and the 21st: one day; in Honolulu (UTC-10) the 20th, 20th, 20th.
    const records = [fakeCallRecord({ id: 'a', startedAt: at(20, 20) }), fakeCallRecord({ id: 'b', startedAt: at(20, 23) }), fakeCallRecord({ id: 'c', startedAt: at(21, 9) })];
    expect(progressOf(records, at(21, 9), 'UTC')).toMatchObject({ streak: 2, activeDays: 2 });
    expect(progressOf(records, at(21, 9), 'Pacific/Kiritimati')).toMatchObject({ streak: 1, activeDays: 1 });
    expect(progressOf(records, at(21, 9), 'Pacific/Honolulu')).toMatchObject({ streak: 1, activeDays: 1 });
  });
});
