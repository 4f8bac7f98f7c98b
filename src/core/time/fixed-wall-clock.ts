/** A wall clock that moves only when told: for tests, benchmarks and simulations. */
import { offsetMinutesAt } from './time-zone';
import type { WallClock } from './wall-clock';

export interface FixedWallClock extends WallClock {
  set(epochMs: number): void;
}

export function fixedWallClock(epochMs: number, timeZone = 'UTC'): FixedWallClock {
  let now = epochMs;
  return {
    now: () => now,
    timeZone,
    offsetMinutes: (at = now) => offsetMinutesAt(at, timeZone),
    set: (value) => {
      now = value;
    },
  };
}
