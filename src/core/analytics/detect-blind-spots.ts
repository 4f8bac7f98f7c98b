/**
 * Blind spots and hidden strengths: for each of the twelve skills, the agent's latest self-rating
 * against their measured level over recent calls. Defaults (norms.ts): a 20-point noise band, 4
 * scored decisions at least, the last 15 calls. Rules: docs/scoring.md.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { MIN_EVIDENCE, NOISE_BAND, RECENT_CALLS } from '../scoring/norms';
import { classifyGap, type InsightStatus } from './classify-gap';
import { measureSkills, recentCalls, type ScoredCall } from './measure-skills';
import { latestRatings, ratingToScore, type Rating, type SelfAssessment } from './self-rating';

export interface BlindSpotOptions {
  /** Points the gap must exceed (default NOISE_BAND, 20). */
  noiseBand?: number;
  /** Scored decisions needed on a skill (default MIN_EVIDENCE, 4). */
  minEvidence?: number;
  /** How many of the most recent calls count (default RECENT_CALLS, 15). */
  recentCalls?: number;
}

/** Which sentence describes the insight; `insightMessage` renders it in French or English. */
export type InsightMessageKey =
  | 'blind-spot'
  | 'hidden-strength'
  | 'aligned'
  | 'too-little-evidence'
  | 'no-evidence'
  | 'not-rated'
  | 'not-rated-no-evidence';

export interface SkillInsight {
  skill: SkillId;
  status: InsightStatus;
  messageKey: InsightMessageKey;
  /** The latest self-rating of the skill, when it was given, and on the 0-100 scale. */
  selfRating?: Rating;
  ratedAt?: number;
  selfScore?: number;
  /** Measured over the recent calls, 0-100; absent when no recent call put the skill at stake. */
  measured?: number;
  /** selfScore − measured, when both exist. */
  gap?: number;
  /** Scored decisions on the skill in the window, and how many got the best effect on it. */
  evidence: number;
  bestChosen: number;
  /** Calls in the window that tested the skill. */
  calls: number;
  /** The evidence needed before the skill is judged (the option in force). */
  minEvidence: number;
}

export interface BlindSpotInput {
  selfRatings: readonly SelfAssessment[];
  calls: readonly ScoredCall[];
  options?: BlindSpotOptions;
}

function messageKey(status: InsightStatus, evidence: number): InsightMessageKey {
  switch (status) {
    case 'not-enough-evidence':
      return evidence > 0 ? 'too-little-evidence' : 'no-evidence';
    case 'not-rated':
      return evidence > 0 ? 'not-rated' : 'not-rated-no-evidence';
    default:
      return status;
  }
}

export function detectBlindSpots({ selfRatings, calls, options = {} }: BlindSpotInput): SkillInsight[] {
  const thresholds = { noiseBand: options.noiseBand ?? NOISE_BAND, minEvidence: options.minEvidence ?? MIN_EVIDENCE };
  const measured = measureSkills(recentCalls(calls, options.recentCalls ?? RECENT_CALLS));
  const ratings = latestRatings(selfRatings);
  return SKILL_IDS.map((skill) => {
    const m = measured[skill];
    const rated = ratings[skill];
    const selfScore = rated ? ratingToScore(rated.rating) : undefined;
    const status = classifyGap(selfScore, m.score, m.decisions, thresholds);
    return {
      skill,
      status,
      messageKey: messageKey(status, m.decisions),
      ...(rated ? { selfRating: rated.rating, ratedAt: rated.at, selfScore } : {}),
      ...(m.score !== undefined ? { measured: m.score } : {}),
      ...(selfScore !== undefined && m.score !== undefined ? { gap: selfScore - m.score } : {}),
      evidence: m.decisions,
      bestChosen: m.bestChosen,
      calls: m.calls,
      minEvidence: thresholds.minEvidence,
    };
  });
}
