import { describe, expect, it } from 'vitest';
import { dayIndex } from '../../src/core/history/calendar-day';
import { weekCalendar } from '../../src/core/history/week-calendar';
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
      0,
    );
    expect(week.map((d) => d.calls)).toEqual([2, 0, 0, 0, 1, 0, 0]);
    expect(week[0]?.day).toBe(dayIndex(Date.UTC(2026, 10, 16), 0));
    expect(week.map((d) => d.isToday)).toEqual([false, false, false, false, false, false, true]);
  });

  it('marks the days still to come', () => {
    const wednesday = Date.UTC(2026, 10, 18, 12);
    expect(weekCalendar([], wednesday, 0).map((d) => d.isFuture)).toEqual([false, false, false, true, true, true, true]);
  });
});
