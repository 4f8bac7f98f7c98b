/** The week around today, Monday first, with the number of calls finished each day. */
import type { CallRecord } from './call-record';
import { localDay } from '../time/local-day';

export interface CalendarDay {
  day: number;
  calls: number;
  isToday: boolean;
  isFuture: boolean;
}

export function weekCalendar(records: readonly CallRecord[], now: number, timeZone: string): CalendarDay[] {
  const today = localDay(now, timeZone);
  // Day 0 (1970-01-01) was a Thursday: Monday is 3 days before, so (day + 3) mod 7 is 0 on Mondays.
  const monday = today - ((((today + 3) % 7) + 7) % 7);
  const counts = new Map<number, number>();
  for (const record of records) {
    if (record.status !== 'complete') continue;
    const day = localDay(record.startedAt, timeZone);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: 7 }, (_, i) => {
    const day = monday + i;
    return { day, calls: counts.get(day) ?? 0, isToday: day === today, isFuture: day > today };
  });
}
