/** One agent's result in three figures, counted as the team board counts them (a failed call scores 0). */
import type { ChallengeResult } from './challenge-result';

export interface ResultSummary {
  /** Mean call score, 0-100. */
  score: number;
  ms: number;
  failedCalls: number;
}

export function resultSummary(result: ChallengeResult): ResultSummary {
  const scores = result.calls.map((call) => (call.failed ? 0 : call.score));
  return {
    score: scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    ms: result.ms,
    failedCalls: result.calls.filter((call) => call.failed).length,
  };
}
