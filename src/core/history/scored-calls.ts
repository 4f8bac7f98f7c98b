/**
 * The calls that count as evidence of skill: finished calls with a score. An interrupted call is
 * half a call, not an assessment. A failed call (fatal error) still counts: its skill tallies show
 * what the agent chose at each decision.
 */
import type { ScoredCall } from '../analytics/measure-skills';
import type { CallRecord } from './call-record';

export function scoredCalls(records: readonly CallRecord[]): ScoredCall[] {
  return records.flatMap((record) =>
    record.status === 'complete' && record.score ? [{ at: record.startedAt, scenarioId: record.scenarioId, skills: record.score.skills }] : [],
  );
}
