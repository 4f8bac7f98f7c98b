/**
 * A simulated agent for the diagnosis benchmark: a few planted weak skills, and the self-image of
 * most agents ("fifteen years on the phone"): every skill rated 4 or 5, the weak ones included.
 */
import type { SelfAssessment, Rating } from '../analytics/self-rating';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { randomInt, sample, type Random } from '../random/prng';

export interface SimulatedAgent {
  id: number;
  weakSkills: SkillId[];
  /** When a weak skill is at stake, the chance the agent picks the option worst on it. */
  flawRate: number;
  /** Otherwise, the chance of the best option (highest sum of effects); else any option at random. */
  bestRate: number;
  selfAssessment: SelfAssessment;
}

export interface AgentOptions {
  /** The skills weak spots are planted among (those the library can test). */
  candidates: readonly SkillId[];
  /** How many weak skills, at least and at most (default 1-2). */
  weakSkills?: { min: number; max: number };
  flawRate?: number;
  bestRate?: number;
}

export const DEFAULT_FLAW_RATE = 0.7;
export const DEFAULT_BEST_RATE = 0.85;

export function createAgent(random: Random, id: number, options: AgentOptions): SimulatedAgent {
  const { min, max } = options.weakSkills ?? { min: 1, max: 2 };
  const weakSkills = sample(random, options.candidates, randomInt(random, min, max));
  const ratings: Partial<Record<SkillId, Rating>> = {};
  for (const skill of SKILL_IDS) ratings[skill] = random() < 0.5 ? 4 : 5;
  return {
    id,
    weakSkills,
    flawRate: options.flawRate ?? DEFAULT_FLAW_RATE,
    bestRate: options.bestRate ?? DEFAULT_BEST_RATE,
    selfAssessment: { at: 0, ratings },
  };
}
