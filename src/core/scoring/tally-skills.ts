/**
 * Adds up a debrief into one tally per skill: every skill at stake at a decision (an answer, a
 * timeout, or a phone control the scenario reacted to), and every time or phone penalty as one more
 * decision whose best is 0 and worst -2 (norms.ts). A skill never at
 * stake gets no tally: no score, rather than 0.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { PENALTY_BEST, PENALTY_WORST } from './norms';
import type { DebriefItem, Penalty, SkillStake, SkillTallies, SkillTally } from './score-types';

/** 100 × Σ(earned − worst) / Σ(best − worst); undefined when nothing was at stake. */
export function scoreOf(sums: { earned: number; best: number; worst: number }): number | undefined {
  const span = sums.best - sums.worst;
  return span > 0 ? (100 * (sums.earned - sums.worst)) / span : undefined;
}

export function penaltyStake(penalty: Penalty): SkillStake {
  return { skill: penalty.skill, earned: PENALTY_BEST - penalty.points, best: PENALTY_BEST, worst: PENALTY_WORST };
}

type Sums = Omit<SkillTally, 'score'>;

export function tallySkills(debrief: readonly DebriefItem[]): SkillTallies {
  const sums = new Map<SkillId, Sums>();
  const add = (stake: SkillStake, counts: Partial<Pick<Sums, 'decisions' | 'bestChosen' | 'penalties'>>) => {
    const s = sums.get(stake.skill) ?? { decisions: 0, bestChosen: 0, penalties: 0, earned: 0, best: 0, worst: 0 };
    s.earned += stake.earned;
    s.best += stake.best;
    s.worst += stake.worst;
    s.decisions += counts.decisions ?? 0;
    s.bestChosen += counts.bestChosen ?? 0;
    s.penalties += counts.penalties ?? 0;
    sums.set(stake.skill, s);
  };
  for (const item of debrief) {
    if (item.kind === 'decision' || item.kind === 'timeout' || item.kind === 'control') {
      for (const stake of item.skills) add(stake, { decisions: 1, bestChosen: stake.bestChosen ? 1 : 0 });
    }
    for (const penalty of item.penalties) add(penaltyStake(penalty), { penalties: 1 });
  }
  const tallies: SkillTallies = {};
  for (const skill of SKILL_IDS) {
    const s = sums.get(skill);
    const score = s && scoreOf(s);
    if (s && score !== undefined) tallies[skill] = { score, ...s };
  }
  return tallies;
}
