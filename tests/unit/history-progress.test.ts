import { describe, expect, it } from 'vitest';
import { dayIndex } from '../../src/core/history/calendar-day';
import { progressOf, streakOf } from '../../src/core/history/progress';
import { fakeCallRecord, fakeTally } from '../factories/call-record-factory';

const DAY = 86_400_000;
const at = (day: number, hour = 10) => Date.UTC(2026, 10, day, hour);

describe('calendar days', () => {
  it('counts local days from the offset the caller gives', () => {
    // 23:30 UTC on the 20th is already the 21st in Paris (UTC+1).
    expect(dayIndex(Date.UTC(2026, 10, 20, 23, 30), 60) - dayIndex(Date.UTC(2026, 10, 20, 12), 60)).toBe(1);
    expect(dayIndex(Date.UTC(2026, 10, 20, 23, 30), 0) - dayIndex(Date.UTC(2026, 10, 20, 12), 0)).toBe(0);
  });
});

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
    const progress = progressOf(records, at(21, 18), 0);
    expect(progress).toMatchObject({ played: 3, interrupted: 1, streak: 3, activeDays: 3, outcomes: { good: 2, mixed: 0, bad: 1 } });
    expect(progress.skills.ACC.map((p) => [p.callId, p.score])).toEqual([['a', 100], ['b', 100], ['c', 40]]);
    expect(progress.skills.CNF.map((p) => p.callId)).toEqual(['a', 'b']);
    expect(progress.skills.ATT).toEqual([]);
    expect(progress.overall.map((o) => o.at)).toEqual([at(19), at(20), at(21)]);
  });

  it('does not count interrupted calls as days played', () => {
    const progress = progressOf([fakeCallRecord({ status: 'interrupted', score: undefined, startedAt: at(21) })], at(21) + DAY / 4, 0);
    expect(progress).toMatchObject({ played: 0, streak: 0, activeDays: 0 });
  });
});
