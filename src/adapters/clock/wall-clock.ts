/** The device's calendar time: Date.now() and the browser's IANA time zone (UTC if it names none). */
import { isTimeZone, offsetMinutesAt } from '../../core/time/time-zone';
import type { WallClock } from '../../core/time/wall-clock';

export function browserWallClock(): WallClock {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timeZone = isTimeZone(zone) ? zone : 'UTC';
  return {
    now: () => Date.now(),
    timeZone,
    offsetMinutes: (at = Date.now()) => offsetMinutesAt(at, timeZone),
  };
}
