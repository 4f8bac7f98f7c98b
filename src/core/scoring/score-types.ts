/**
 * What scoring a call produces: the numbers, the failure reasons and the debrief that explains
 * every point. Plain data: the UI renders it, storage keeps it, analytics aggregates it.
 */
import type { CallOutcome, ControlEntry, ControlReaction } from '../engine/call-log';
import type { Valence } from '../scenario/outcomes';
import type { Effects, FatalKind } from '../scenario/scenario-schema';
import type { ScorecardSection, SkillId } from '../skills/skills';

/**
 * One skill put to the test once: at a decision (the options offered differed on it), by a phone
 * control with a declared reaction, or by a time or phone penalty. Scores are Σ(earned − worst) / Σ(best − worst) over stakes.
 */
export interface SkillStake {
  skill: SkillId;
  earned: number;
  best: number;
  worst: number;
}

/** A skill's result over one call (or, summed, over several): the sums behind the score. */
export interface SkillTally {
  /** 0-100: 100 × Σ(earned − worst) / Σ(best − worst). */
  score: number;
  /** Decisions met (answers, timeouts, and phone controls the scenario reacted to) where the skill was at stake: the evidence. */
  decisions: number;
  /** Of those, how many got the best available effect on this skill. */
  bestChosen: number;
  /** Time and phone penalties paid on this skill (each counts like one more decision in the sums). */
  penalties: number;
  earned: number;
  best: number;
  worst: number;
}

export type SkillTallies = Partial<Record<SkillId, SkillTally>>;

export interface SectionScore {
  score: number;
  /** The section's weight from norms.ts, and its share of this call's overall score (sums to 1). */
  weight: number;
  share: number;
  skills: SkillId[];
}

/**
 * Why points were lost to time or phone handling. `skill` pays `points` (1 minor, 2 full) out of 2.
 * - slow-pickup: rang past the 3rd ring (1) or the 4th (2). unanswered: nobody picked up.
 * - hesitation: answered past the reading allowance while under pressure.
 * - dead-air: answered 10 s or more past the reading allowance.
 * - timeout: no answer before a timer ran out (the customer's patience, or the silence timer).
 * - agent-hung-up: the agent ended the call before it was over.
 * The phone's default reactions (where the scenario declares none):
 * - unasked-hold: put on hold without the customer's yes (the state had no `hold-agreed` tag).
 * - missed-check-back: a check-back fell due on hold (1 within a minute on hold, 2 past it).
 * - hung-up-on-hold: left on hold until the customer hung up.
 * - cold-transfer: transferred without briefing the colleague; the customer repeats everything.
 */
export type PenaltyRule =
  | 'slow-pickup'
  | 'unanswered'
  | 'hesitation'
  | 'dead-air'
  | 'timeout'
  | 'agent-hung-up'
  | 'unasked-hold'
  | 'missed-check-back'
  | 'hung-up-on-hold'
  | 'cold-transfer';

export interface Penalty {
  rule: PenaltyRule;
  skill: SkillId;
  points: number;
  /** What was measured and the limit it broke, in ms (ring time, response time, silence, time on hold…). */
  actualMs?: number;
  limitMs?: number;
  /** For a timeout: the delay that ran out. */
  delay?: string;
}

/** A note without points: unexplained silence of 5 s past the reading allowance. */
export interface TimeWarning {
  rule: 'dead-air-warning';
  actualMs: number;
  limitMs: number;
}

export interface OptionView {
  id: string;
  text: string;
  feedback: string;
  effects: Effects;
  fatal?: FatalKind;
}

/** One skill at one decision: what the agent got against the best and worst on offer. */
export interface SkillAtDecision extends SkillStake {
  /** True when `earned` is the best on offer. */
  bestChosen: boolean;
}

interface DecisionBase {
  /** Position in the debrief (0-based), in call order. */
  index: number;
  /** Call time of the answer or the timeout, ms since the ring. */
  at: number;
  stateId: string;
  stateTitle?: string;
  /** What the customer said just before (the variant actually heard). */
  line?: string;
  /** How long the customer took to say the line (from the log; absent in logs recorded before it was measured). */
  speakingMs?: number;
  /**
   * Ms from the end of the customer's line (when their patience starts) to the answer or the
   * timeout, time on hold and pauses excluded. In logs recorded before `speakingMs`, from the line's start.
   */
  responseMs: number;
  /** The reading allowance at this decision, from the end of the line: the options, and any of the line its speaking time did not cover (norms.ts). */
  allowanceMs: number;
  /** The options the agent could choose from, in display order (guarded options not offered are absent). */
  offered: OptionView[];
  /** The best option on offer (highest sum of effects; first in display order on a tie) and why: its feedback. */
  bestOption?: OptionView;
  /** Skills at stake at this decision, in SKILL_IDS order. */
  skills: SkillAtDecision[];
  penalties: Penalty[];
  warnings: TimeWarning[];
  /** True when the state or options are no longer in the scenario (the log came from an older version). */
  unmatched?: boolean;
}

export interface DecisionItem extends DecisionBase {
  kind: 'decision';
  chosen: OptionView;
  chosenIsBest: boolean;
}

export interface TimeoutItem extends DecisionBase {
  kind: 'timeout';
  delay: string;
  /** What the transcript shows for the silence, e.g. "(silence)", and the coach's words on it. */
  text?: string;
  feedback?: string;
  effects: Effects;
}

export interface PickupItem {
  kind: 'pickup';
  index: number;
  /** How long it rang; for an unanswered call, how long it rang before the customer hung up. */
  ringMs: number;
  answered: boolean;
  penalties: Penalty[];
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the log says about the control, by control: `agreed` for a hold, `heldMs` and `missedCheckBacks` for a resume… */
export type ControlDetails = DistributiveOmit<ControlEntry, 'type' | 'at' | 'stateId' | 'reaction' | 'moodBefore' | 'mood'>;

/**
 * The agent used a phone control (hold, resume, transfer, mute, unmute, hang-up). With a reaction
 * the scenario declared (`reaction: 'scenario'`), its `meta.control` effects are scored against not
 * using the control (0): `skills` holds them, counted as a decision, and `feedback` is the coach's
 * words. With the default reaction, the norms' penalties apply instead (docs/scoring.md).
 */
export type ControlItem = ControlDetails & {
  kind: 'control';
  index: number;
  /** Call time of the control, ms since the ring. */
  at: number;
  stateId: string;
  stateTitle?: string;
  reaction: ControlReaction;
  /** The customer's mood just before the control and just after the reaction (-3 … 3). */
  moodBefore: number;
  mood: number;
  /** The declared reaction's coach's words. */
  feedback?: string;
  /** The declared reaction's effects; `{}` for a default reaction. */
  effects: Effects;
  /** Each skill the declared reaction's effects name: earned the effect, best max(0, effect), worst min(0, effect). */
  skills: SkillAtDecision[];
  penalties: Penalty[];
  /** True when the log says the scenario reacted but the state or its reaction is no longer in the scenario. */
  unmatched?: boolean;
};

/** A check-back fell due while the customer was on hold (the agent did not take them back in time). */
export interface HoldCheckMissedItem {
  kind: 'hold-check-missed';
  index: number;
  at: number;
  stateId: string;
  stateTitle?: string;
  /** Time on hold so far, and how many check-backs this hold has missed, this one included. */
  heldMs: number;
  missed: number;
  moodBefore: number;
  mood: number;
  penalties: Penalty[];
}

export interface EndItem {
  kind: 'end';
  index: number;
  at: number;
  outcome: CallOutcome;
  penalties: Penalty[];
}

export type DebriefItem = PickupItem | DecisionItem | TimeoutItem | ControlItem | HoldCheckMissedItem | EndItem;

export interface FatalReason {
  kind: FatalKind;
  /** The debrief item of the decision. */
  index: number;
  stateId: string;
  optionId: string;
  text: string;
  feedback: string;
}

export interface OutcomeResult extends CallOutcome {
  valence: Valence;
}

export interface CallTiming {
  /** Undefined when nobody picked up. */
  ringMs?: number;
  /** Call length, ms from the ring to the end (pauses excluded). */
  durationMs: number;
  /** Mean time to answer over the decisions answered (not timeouts); undefined with none. */
  meanResponseMs?: number;
  timeouts: number;
  warnings: number;
  /** Every time and phone penalty of the call, in order. */
  penalties: Penalty[];
}

export interface CallScore {
  /** 0-100, QA-weighted over the sections scored; 0 when the call failed. */
  overall: number;
  /** The same weighting, before a fatal error zeroes it: what the behaviour alone was worth. */
  overallBeforeFatal: number;
  failed: boolean;
  fatal: FatalReason[];
  /** The outcome and its valence; shown beside the score, never added into it (docs/scoring.md). */
  outcome: OutcomeResult;
  skills: SkillTallies;
  sections: Partial<Record<ScorecardSection, SectionScore>>;
  debrief: DebriefItem[];
  timing: CallTiming;
}
