/**
 * Calendar days (days since 1970-01-01 in local time) of epoch instants. `localDay` takes the IANA
 * zone and applies the offset of that very instant; `dayIndex` is the arithmetic under it, for a
 * known offset (minutes east of UTC).
 */
import { offsetMinutesAt } from './time-zone';

const DAY_MS = 86_400_000;

export function dayIndex(epochMs: number, offsetMinutes: number): number {
  return Math.floor((epochMs + offsetMinutes * 60_000) / DAY_MS);
}

export function localDay(epochMs: number, timeZone: string): number {
  return dayIndex(epochMs, offsetMinutesAt(epochMs, timeZone));
}
