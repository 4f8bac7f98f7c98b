/**
 * What the device keeps of each call: the event log (the source of truth), a summary of its score
 * (so progress and blind spots need no re-scoring), and the agent's quick rating.
 * Records carry a schema version `v`; record-migrations.ts brings older ones up to date.
 */
import type { CallEvent } from '../engine/call-log';
import type { Rating } from '../analytics/self-rating';
import type { OutcomeKind, Valence } from '../scenario/outcomes';
import type { FatalKind } from '../scenario/scenario-schema';
import type { CallScore, SkillTallies } from '../scoring/score-types';
import type { SkillId } from '../skills/skills';

export const CALL_RECORD_VERSION = 1;

/** Why a call is in the history: practice from the library, a daily drill, a team challenge. */
export type CallMode = 'practice' | 'drill' | 'challenge';

/** complete: the call reached its end. interrupted: the page went away mid-call (reload, crash). */
export type CallStatus = 'complete' | 'interrupted';

export interface ScoreSummary {
  overall: number;
  overallBeforeFatal: number;
  failed: boolean;
  fatal: FatalKind[];
  outcome: { kind: OutcomeKind; valence: Valence };
  skills: SkillTallies;
  durationMs: number;
}

export interface CallRecord {
  v: typeof CALL_RECORD_VERSION;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  locale: string;
  mode: CallMode;
  /** Epoch ms: when the phone started ringing, and when the call ended (or was last seen). */
  startedAt: number;
  endedAt: number;
  status: CallStatus;
  log: CallEvent[];
  /** Absent for an interrupted call: half a call is not an assessment. */
  score?: ScoreSummary;
  /** "How did that call go?" 1-5, when the agent answered. */
  quickRating?: Rating;
}

export function summarizeScore(score: CallScore): ScoreSummary {
  return {
    overall: score.overall,
    overallBeforeFatal: score.overallBeforeFatal,
    failed: score.failed,
    fatal: score.fatal.map((f) => f.kind),
    outcome: { kind: score.outcome.kind, valence: score.outcome.valence },
    skills: score.skills,
    durationMs: score.timing.durationMs,
  };
}

/** A call still under way, saved as it goes so a reload never drops it silently. */
export interface LiveCall {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  locale: string;
  mode: CallMode;
  startedAt: number;
  /** Epoch ms of the last save. */
  savedAt: number;
  log: CallEvent[];
}

/** A live call found on start-up: it was interrupted. It is kept, marked as such, never dropped. */
export function interruptedRecord(live: LiveCall): CallRecord {
  return {
    v: CALL_RECORD_VERSION,
    id: live.id,
    scenarioId: live.scenarioId,
    scenarioTitle: live.scenarioTitle,
    locale: live.locale,
    mode: live.mode,
    startedAt: live.startedAt,
    endedAt: live.savedAt,
    status: 'interrupted',
    log: live.log,
  };
}

export interface SelfAssessmentRecord {
  id: string;
  at: number;
  ratings: Partial<Record<SkillId, Rating>>;
}
