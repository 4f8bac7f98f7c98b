/**
 * The agent's measured level per skill over their recent calls: the calls' stakes pooled, so a call
 * that tested a skill at many decisions weighs more than one that touched it once:
 * 100 × Σ(earned − worst) / Σ(best − worst) across calls.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { RECENT_CALLS } from '../scoring/norms';
import type { SkillTallies } from '../scoring/score-types';
import { scoreOf } from '../scoring/tally-skills';

/** A scored call as analytics reads it: when it was played and its per-skill tallies (`CallScore.skills`). */
export interface ScoredCall {
  at: number;
  scenarioId?: string;
  skills: SkillTallies;
}

export interface MeasuredSkill {
  /** 0-100; undefined when nothing in the window put the skill at stake. */
  score: number | undefined;
  /** Scored decisions on the skill: the evidence. */
  decisions: number;
  bestChosen: number;
  penalties: number;
  /** Calls in the window that put the skill at stake. */
  calls: number;
}

/** The `count` most recent calls, newest first. */
export function recentCalls(calls: readonly ScoredCall[], count: number = RECENT_CALLS): ScoredCall[] {
  return [...calls].sort((a, b) => b.at - a.at).slice(0, Math.max(0, count));
}

export function measureSkills(calls: readonly ScoredCall[]): Record<SkillId, MeasuredSkill> {
  const measured = {} as Record<SkillId, MeasuredSkill>;
  for (const skill of SKILL_IDS) {
    const sums = { earned: 0, best: 0, worst: 0 };
    const m: MeasuredSkill = { score: undefined, decisions: 0, bestChosen: 0, penalties: 0, calls: 0 };
    for (const call of calls) {
      const tally = call.skills[skill];
      if (!tally) continue;
      sums.earned += tally.earned;
      sums.best += tally.best;
      sums.worst += tally.worst;
      m.decisions += tally.decisions;
      m.bestChosen += tally.bestChosen;
      m.penalties += tally.penalties;
      m.calls += 1;
    }
    m.score = scoreOf(sums);
    measured[skill] = m;
  }
  return measured;
}
