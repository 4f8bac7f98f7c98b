/**
 * A calendar day index (days since 1970-01-01, see calendar-day.ts) as year, month and day, by
 * arithmetic on the proleptic Gregorian calendar (H. Hinnant's civil_from_days): the core reads
 * neither the clock nor the time zone.
 */
import { dayIndex } from './calendar-day';

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

export function calendarDate(day: number): CalendarDate {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097; // day of the 400-year era, 0-146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // day of the year starting 1 March
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** The local date of an epoch time as YYYY-MM-DD. */
export function isoDate(epochMs: number, offsetMinutes: number): string {
  const { year, month, day } = calendarDate(dayIndex(epochMs, offsetMinutes));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
