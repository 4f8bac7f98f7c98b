/**
 * How long the next call of a challenge may last: its own limit, or what is left of the whole
 * challenge's time if that is less. Time counts as the calls' own time (from the ring to the end),
 * not the minutes spent reading a debrief between two calls.
 */
import type { Challenge } from './challenge';

export function remainingMs(challenge: Challenge, usedMs: number): number {
  return Math.max(0, challenge.totalSeconds * 1000 - usedMs);
}

/** 0: the challenge's time is out, no call can start. */
export function callBudgetMs(challenge: Challenge, usedMs: number): number {
  return Math.min(challenge.perCallSeconds * 1000, remainingMs(challenge, usedMs));
}
