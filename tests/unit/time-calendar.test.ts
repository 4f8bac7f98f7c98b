import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../src/core/history/backup-file-name';
import { civilFromDays, daysFromCivil } from '../../src/core/time/civil-days';
import { isoDate } from '../../src/core/time/iso-date';
import { dayIndex, localDay } from '../../src/core/time/local-day';
import { isTimeZone, offsetMinutesAt } from '../../src/core/time/time-zone';

const SEED = { seed: 20261204 };

describe('civil days', () => {
  it('names the day of known indexes', () => {
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(civilFromDays(11_016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(20_414)).toEqual({ year: 2025, month: 11, day: 22 });
    expect(daysFromCivil(2000, 2, 29)).toBe(11_016);
  });

  it('agrees with the JavaScript calendar for any day from year 1 to 9999, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const date = new Date(day * 86_400_000);
        const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(civilFromDays(day)).toEqual(civil);
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(day);
      }),
      SEED,
    );
  });
});

describe('time zones', () => {
  it('gives the offset of the instant itself, summer time included', () => {
    expect(offsetMinutesAt(Date.UTC(2026, 0, 15, 12), 'Europe/Paris')).toBe(60);
    expect(offsetMinutesAt(Date.UTC(2026, 6, 15, 12), 'Europe/Paris')).toBe(120);
    expect(offsetMinutesAt(Date.UTC(2026, 10, 23, 12), 'Pacific/Honolulu')).toBe(-600);
    expect(offsetMinutesAt(Date.UTC(2026, 10, 23, 12), 'Pacific/Kiritimati')).toBe(840);
    expect(offsetMinutesAt(Date.UTC(2026, 10, 23, 12), 'Asia/Kathmandu')).toBe(345);
    expect(offsetMinutesAt(Date.UTC(2026, 10, 23, 12), 'UTC')).toBe(0);
  });

  it('agrees with the host calendar for any instant in the zones CI cares about', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), fc.constantFrom(...zones), (epoch, zone) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
            .formatToParts(epoch)
            .map((p) => [p.type, Number(p.value)]),
        ) as Record<string, number>;
        const local = epoch + offsetMinutesAt(epoch, zone) * 60_000;
        const date = new Date(local);
        expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()]).toEqual([
          parts.year,
          parts.month,
          parts.day,
          parts.hour,
          parts.minute,
        ]);
      }),
      SEED,
    );
  });

  it('knows which zone names exist', () => {
    expect(isTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });
});

describe('local days and dates', () => {
  it('count local days: 23:30 UTC on the 20th is already the 21st in Paris', () => {
    expect(dayIndex(Date.UTC(2026, 10, 20, 23, 30), 60) - dayIndex(Date.UTC(2026, 10, 20, 12), 60)).toBe(1);
    expect(localDay(Date.UTC(2026, 10, 20, 23, 30), 'Europe/Paris') - localDay(Date.UTC(2026, 10, 20, 12), 'Europe/Paris')).toBe(1);
    expect(localDay(Date.UTC(2026, 10, 20, 23, 30), 'UTC') - localDay(Date.UTC(2026, 10, 20, 12), 'UTC')).toBe(0);
  });

  it('use the local date: the zone moves the day at midnight', () => {
    const lateUtc = Date.UTC(2026, 10, 22, 23, 30);
    expect(isoDate(lateUtc, 'UTC')).toBe('2026-11-22');
    expect(isoDate(lateUtc, 'Europe/Paris')).toBe('2026-11-23');
    expect(isoDate(Date.UTC(2026, 10, 22, 3, 0), 'America/New_York')).toBe('2026-11-21');
    expect(isoDate(Date.UTC(2026, 10, 22, 11, 0), 'Pacific/Kiritimati')).toBe('2026-11-23');
    expect(isoDate(Date.UTC(2026, 10, 22, 9, 0), 'Pacific/Honolulu')).toBe('2026-11-21');
  });

  it('names the backup callcourt-backup-YYYY-MM-DD.json, on the local date', () => {
    expect(backupFileName(Date.UTC(2026, 0, 5, 12), 'UTC')).toBe('callcourt-backup-2026-01-05.json');
    expect(backupFileName(Date.UTC(2026, 0, 5, 12), 'Pacific/Kiritimati')).toBe('callcourt-backup-2026-01-06.json');
  });
});
