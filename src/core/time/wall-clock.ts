/**
 * Calendar time, injected: the epoch time records carry, and the one time zone every day count
 * and every date shown is computed in. The browser adapter (src/adapters/clock/wall-clock.ts)
 * reads the device's zone once; tests pin both.
 */
export interface WallClock {
  /** Epoch milliseconds. */
  now(): number;
  /** IANA zone name, e.g. "Europe/Paris". */
  readonly timeZone: string;
  /** Minutes east of UTC in that zone, now (or at `epochMs`). */
  offsetMinutes(epochMs?: number): number;
}
