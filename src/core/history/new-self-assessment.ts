/**
 * A self-assessment as the device stores it: only the skills the agent answered. Leaving a skill
 * unanswered is allowed and keeps its earlier rating in force (latestRatings).
 */
import type { Rating } from '../analytics/self-rating';
import { isRating } from '../analytics/self-rating';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import type { SelfAssessmentRecord } from './call-record';

export type SelfAssessmentAnswers = Partial<Record<SkillId, Rating | undefined>>;

export function answeredRatings(answers: SelfAssessmentAnswers): Partial<Record<SkillId, Rating>> {
  const ratings: Partial<Record<SkillId, Rating>> = {};
  for (const skill of SKILL_IDS) {
    const rating = answers[skill];
    if (isRating(rating)) ratings[skill] = rating;
  }
  return ratings;
}

export function newSelfAssessment(id: string, at: number, answers: SelfAssessmentAnswers): SelfAssessmentRecord {
  return { id, at, ratings: answeredRatings(answers) };
}
