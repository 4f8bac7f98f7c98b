/**
 * An agent's way through a challenge, kept on the device so a reload loses nothing already played:
 * who plays, the calls played so far (as they will appear in the result), and the call under way.
 *
 * Time: a challenge's clock counts the calls' own time. A call cut off by a reload (or by leaving
 * the page) starts again from the ring, and the time it had run, up to its limit, is charged to
 * the whole challenge (`lostMs`): reloading never buys time. Calls never reached because the time
 * ran out count as not played (score 0), so an agent who ran out of time never outranks one who
 * played every call.
 */
import type { CallRecord } from '../history/call-record';
import { callBudgetMs } from './call-budget';
import { challengeId, type Challenge } from './challenge';
import { challengeCall, sealResult, type ChallengeCall, type ChallengeResult } from './challenge-result';

export interface ChallengeRun {
  challengeId: string;
  /** The name the agent appears under (1-60 characters). */
  player: string;
  /** Epoch ms. */
  startedAt: number;
  /** The calls played so far, in the challenge's order. */
  calls: ChallengeCall[];
  /** The last call begun: its index, when it started (epoch ms) and the time it was given. */
  current?: { index: number; startedAt: number; limitMs: number };
  /** Time charged for calls cut off by a reload. */
  lostMs: number;
  /** Epoch ms; set once the result is sealed. */
  finishedAt?: number;
}

/** playing: a call can start. over: every call is played or the time is out; the result can be sealed. */
export type RunStatus = 'playing' | 'over' | 'finished';

export function startRun(challenge: Challenge, player: string, now: number): ChallengeRun {
  return { challengeId: challengeId(challenge), player: player.trim(), startedAt: now, calls: [], lostMs: 0 };
}

/** The challenge's time used so far: the calls played, and any time charged for cut-off calls. */
export function usedMs(run: ChallengeRun): number {
  return run.calls.reduce((total, call) => total + call.ms, 0) + run.lostMs;
}

export function runStatus(run: ChallengeRun, challenge: Challenge): RunStatus {
  if (run.finishedAt !== undefined) return 'finished';
  if (run.calls.length >= challenge.calls.length || callBudgetMs(challenge, usedMs(run)) <= 0) return 'over';
  return 'playing';
}

/** A call was begun and never recorded: the page went away during it. */
export function interruptedIndex(run: ChallengeRun): number | undefined {
  return run.finishedAt === undefined && run.current && run.current.index === run.calls.length ? run.current.index : undefined;
}

/** How much a cut-off call costs: the time it had run when the page went away (`at`), up to its limit. */
export function interruptionCharge(run: ChallengeRun, at: number): number {
  if (interruptedIndex(run) === undefined || !run.current) return 0;
  return Math.min(run.current.limitMs, Math.max(0, Math.round(at - run.current.startedAt)));
}

/** Charges a cut-off call to the challenge's time and forgets it, so it can start again. */
export function settleInterrupted(run: ChallengeRun, at: number): ChallengeRun {
  if (interruptedIndex(run) === undefined) return run;
  const { current: _dropped, ...rest } = run;
  return { ...rest, lostMs: run.lostMs + interruptionCharge(run, at) };
}

/** Starts the next call with the time it may take; unchanged when no call can start. */
export function beginCall(run: ChallengeRun, challenge: Challenge, now: number): ChallengeRun {
  if (runStatus(run, challenge) !== 'playing') return run;
  return { ...run, current: { index: run.calls.length, startedAt: now, limitMs: callBudgetMs(challenge, usedMs(run)) } };
}

/** Keeps call `index` once it is played; a second report of the same call changes nothing. */
export function recordCall(run: ChallengeRun, index: number, call: ChallengeCall): ChallengeRun {
  if (run.finishedAt !== undefined || index !== run.calls.length) return run;
  return { ...run, calls: [...run.calls, call] };
}

/** A played call as the result carries it; `timedOut` when the challenge's clock ended it. */
export function playedCall(record: CallRecord): ChallengeCall {
  const end = record.log.findLast((event) => event.type === 'end');
  return challengeCall(record, end?.type === 'end' && end.outcome.reason === 'time-up');
}

/** A call the challenge's time did not leave room for: abandoned, score 0, counted as timed out. */
export function unplayedCall(scenarioId: string): ChallengeCall {
  return { scenarioId, outcome: 'abandoned', valence: 'bad', score: 0, failed: false, ms: 0, timedOut: true, skills: {} };
}

/** False for a call the time did not leave room for (see `unplayedCall`): a played call always takes some time. */
export function wasPlayed(call: ChallengeCall): boolean {
  return !(call.ms === 0 && call.timedOut);
}

/** Ends the run: calls not reached count as not played. */
export function finishRun(run: ChallengeRun, challenge: Challenge, now: number): ChallengeRun {
  if (run.finishedAt !== undefined) return run;
  const { current: _dropped, ...rest } = run;
  const calls = [...run.calls.slice(0, challenge.calls.length), ...challenge.calls.slice(run.calls.length).map(unplayedCall)];
  return { ...rest, calls, finishedAt: now };
}

/** The sealed result of a finished run (undefined before). */
export function runResult(run: ChallengeRun, challenge: Challenge): ChallengeResult | undefined {
  return run.finishedAt === undefined ? undefined : sealResult(challenge, run.player, run.calls, run.finishedAt);
}
