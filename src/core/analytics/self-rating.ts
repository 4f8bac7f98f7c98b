/**
 * What agents say about themselves: a self-assessment (1-5 on any subset of the twelve skills) and
 * the quick rating after a call ("how did that call go?", 1-5). Times are epoch ms passed in by the
 * caller: the core never reads the clock.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { RATING_MAX, RATING_MIN, RATING_SCORES } from '../scoring/norms';

export type Rating = 1 | 2 | 3 | 4 | 5;

export interface SelfAssessment {
  /** When the agent rated themselves, epoch ms. */
  at: number;
  ratings: Partial<Record<SkillId, Rating>>;
}

/** The one-tap rating on the end screen of a call. */
export interface CallRating {
  at: number;
  scenarioId: string;
  rating: Rating;
}

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;
}

/** A rating on the 0-100 scale of measured scores: 1 → 10, 2 → 30, 3 → 50, 4 → 70, 5 → 90 (norms.ts). */
export function ratingToScore(rating: Rating): number {
  return RATING_SCORES[rating];
}

export interface LatestRating {
  rating: Rating;
  at: number;
}

/** For each skill, the most recent rating any assessment gave it (a later partial assessment keeps older ratings of the skills it skipped). */
export function latestRatings(history: readonly SelfAssessment[]): Partial<Record<SkillId, LatestRating>> {
  const latest: Partial<Record<SkillId, LatestRating>> = {};
  for (const assessment of history) {
    for (const skill of SKILL_IDS) {
      const rating = assessment.ratings[skill];
      const current = latest[skill];
      if (rating !== undefined && (!current || assessment.at >= current.at)) latest[skill] = { rating, at: assessment.at };
    }
  }
  return latest;
}
