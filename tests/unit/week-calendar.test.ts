import { describe, expect, it } from 'vitest';
import { weekCalendar } from '../../src/core/history/week-calendar';
import { localDay } from '../../src/core/time/local-day';
import { fakeCallRecord } from '../factories/call-record-factory';

describe('weekCalendar', () => {
  it('lists Monday to Sunday with the calls finished each day', () => {
    // Sunday 22 November 2026.
    const now = Date.UTC(2026, 10, 22, 12);
    const week = weekCalendar(
      [
        fakeCallRecord({ id: 'a', startedAt: Date.UTC(2026, 10, 16, 9) }),
        fakeCallRecord({ id: 'b', startedAt: Date.UTC(2026, 10, 16, 17) }),
        fakeCallRecord({ id: 'c', startedAt: Date.UTC(2026, 10, 20, 9) }),
        fakeCallRecord({ id: 'd', startedAt: Date.UTC(2026, 10, 21, 9), status: 'interrupted', score: undefined }),
        fakeCallRecord({ id: 'e', startedAt: Date.UTC(2026, 10, 15, 9) }),
      ],
      now,
      'UTC',
    );
    expect(week.map((d) => d.calls)).toEqual([2, 0, 0, 0, 1, 0, 0]);
    expect(week[0]?.day).toBe(localDay(Date.UTC(2026, 10, 16), 'UTC'));
    expect(week.map((d) => d.isToday)).toEqual([false, false, false, false, false, false, true]);
  });

  it('marks the days still to come', () => {
    const wednesday = Date.UTC(2026, 10, 18, 12);
    expect(weekCalendar([], wednesday, 'UTC').map((d) => d.isFuture)).toEqual([false, false, false, true, true, true, true]);
  });

  it('counts days in the zone it is given: a call at 23:00 UTC on Sunday is Monday in Kiritimati', () => {
    const sundayLate = Date.UTC(2026, 10, 22, 23);
    const record = fakeCallRecord({ id: 'late', startedAt: sundayLate });
    // Kiritimati (UTC+14): it is Monday 23 November at 13:00, the first day of a new week.
    const kiritimati = weekCalendar([record], sundayLate, 'Pacific/Kiritimati');
    expect(kiritimati.map((d) => d.calls)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(kiritimati.map((d) => d.isToday)).toEqual([true, false, false, false, false, false, false]);
    // Honolulu (UTC-10): still Sunday 22 November, 13:00: the last day of the week.
    const honolulu = weekCalendar([record], sundayLate, 'Pacific/Honolulu');
    expect(honolulu.map((d) => d.calls)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(honolulu.every((d) => !d.isFuture)).toBe(true);
  });
});
