import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../src/core/history/backup-file-name';
import { calendarDate, isoDate } from '../../src/core/history/calendar-date';

describe('calendarDate', () => {
  it('names the day of known indexes', () => {
    expect(calendarDate(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(calendarDate(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(calendarDate(11_016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(calendarDate(20_414)).toEqual({ year: 2025, month: 11, day: 22 });
  });

  it('agrees with the JavaScript calendar for any day from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(calendarDate(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
      }),
    );
  });
});

describe('isoDate and backupFileName', () => {
  it('use the local date: the offset from UTC moves the day at midnight', () => {
    const lateUtc = Date.UTC(2026, 10, 22, 23, 30);
    expect(isoDate(lateUtc, 0)).toBe('2026-11-22');
    expect(isoDate(lateUtc, 60)).toBe('2026-11-23'); // Paris in winter
    expect(isoDate(Date.UTC(2026, 10, 22, 3, 0), -300)).toBe('2026-11-21'); // New York
  });

  it('names the backup callcourt-backup-YYYY-MM-DD.json', () => {
    expect(backupFileName(Date.UTC(2026, 0, 5, 12), 0)).toBe('callcourt-backup-2026-01-05.json');
  });
});
