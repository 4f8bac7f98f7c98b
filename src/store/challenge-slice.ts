/**
 * Challenges under way on this device, by challenge id: who plays, the calls played so far, the
 * call begun last. Persisted with the settings (localStorage) rather than sessionStorage: a
 * reload, a closed tab or a browser restart mid-challenge loses nothing already played, and a
 * finished challenge keeps showing its result (a link opened again never offers a second go).
 * Stored runs are repaired on load: a malformed one is dropped, never trusted.
 */
import type { StateCreator } from 'zustand';
import type { ChallengeRun } from '../core/challenges/challenge-run';
import { repairRun } from '../core/challenges/repair-run';
import type { AppState } from './app-store';

/** Enough for every challenge a team plays in a while; the oldest go first. */
export const KEPT_RUNS = 20;

export interface ChallengeSlice {
  challengeRuns: Record<string, ChallengeRun>;
  saveChallengeRun: (run: ChallengeRun) => void;
}

function newestFirst(runs: Record<string, ChallengeRun>): Record<string, ChallengeRun> {
  const kept = Object.values(runs)
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, KEPT_RUNS);
  return Object.fromEntries(kept.map((run) => [run.challengeId, run]));
}

export const createChallengeSlice: StateCreator<AppState, [], [], ChallengeSlice> = (set) => ({
  challengeRuns: {},
  saveChallengeRun: (run) => set((state) => ({ challengeRuns: newestFirst({ ...state.challengeRuns, [run.challengeId]: run }) })),
});

export function repairChallengeRuns(stored: unknown): Record<string, ChallengeRun> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const runs: Record<string, ChallengeRun> = {};
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    const run = repairRun(value);
    if (run && run.challengeId === id) runs[id] = run;
  }
  return newestFirst(runs);
}
