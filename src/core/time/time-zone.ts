/**
 * Local calendar time from an epoch instant and an IANA time zone, through Intl (pure ECMAScript:
 * no host zone, no clock). Every date the app shows or counts by day goes through the zone the
 * wall clock names, never through the host's: the same history gives the same days and the same
 * dates on any machine, and each record gets the offset of its own instant (summer time included).
 */
import { daysFromCivil } from './civil-days';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows this IANA zone name (e.g. "Europe/Paris", "UTC"). */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `timeZone` at `epochMs` (Paris in winter: 60; Honolulu: -600). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value;
  const year = Number(parts.year) * (parts.era === 'BC' || parts.era === 'B' ? -1 : 1);
  const asUtc = daysFromCivil(year, Number(parts.month), Number(parts.day)) * DAY_MS + ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000;
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / MINUTE_MS);
}
