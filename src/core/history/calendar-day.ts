/**
 * Calendar days without reading the clock or the time zone: the caller passes the epoch time and
 * the local offset (minutes east of UTC, i.e. -Date#getTimezoneOffset()).
 */
const DAY_MS = 86_400_000;

export function dayIndex(epochMs: number, offsetMinutes: number): number {
  return Math.floor((epochMs + offsetMinutes * 60_000) / DAY_MS);
}
