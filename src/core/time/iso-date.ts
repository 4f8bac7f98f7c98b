/** The local date of an instant in a time zone as YYYY-MM-DD (file names, challenge windows). */
import { civilFromDays } from './civil-days';
import { localDay } from './local-day';

export function isoDate(epochMs: number, timeZone: string): string {
  const { year, month, day } = civilFromDays(localDay(epochMs, timeZone));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
