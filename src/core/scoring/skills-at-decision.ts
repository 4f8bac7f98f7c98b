/**
 * Which skills a decision put at stake, and what the agent earned on each against the best and
 * worst on offer. Only the options actually offered count (a guarded option that was not offered
 * raises no bar), and a skill is at stake only where the offered options differ on it; a missing
 * effect is 0.
 */
import type { Effects } from '../scenario/scenario-schema';
import { SKILL_IDS } from '../skills/skills';
import { CONTROL_NOT_USED_EFFECT } from './norms';
import type { SkillAtDecision } from './score-types';

function range(offered: readonly { effects: Effects }[], skill: (typeof SKILL_IDS)[number]) {
  const values = offered.map((option) => option.effects[skill] ?? 0);
  return { best: Math.max(...values), worst: Math.min(...values) };
}

/** The agent chose an option whose effects are `chosen`. */
export function skillsAtAnswer(offered: readonly { effects: Effects }[], chosen: Effects): SkillAtDecision[] {
  if (offered.length === 0) return [];
  const stakes: SkillAtDecision[] = [];
  for (const skill of SKILL_IDS) {
    const { best, worst } = range(offered, skill);
    if (best === worst) continue;
    const earned = chosen[skill] ?? 0;
    stakes.push({ skill, earned, best, worst, bestChosen: earned === best });
  }
  return stakes;
}

/**
 * A timer ran out: the silence is scored as one more option, "say nothing". On a skill the timer's
 * effects name, the agent earns that effect (the author's judgement of the silence, which widens the
 * best-worst range if it lies outside it); on any other skill the options differed on, the agent
 * earns the worst offered: no answer shows no skill.
 */
export function skillsAtTimeout(offered: readonly { effects: Effects }[], timerEffects: Effects): SkillAtDecision[] {
  if (offered.length === 0) return [];
  const stakes: SkillAtDecision[] = [];
  for (const skill of SKILL_IDS) {
    const offeredRange = range(offered, skill);
    const silence = timerEffects[skill];
    const best = Math.max(offeredRange.best, silence ?? offeredRange.best);
    const worst = Math.min(offeredRange.worst, silence ?? offeredRange.worst);
    if (best === worst) continue;
    const earned = silence ?? offeredRange.worst;
    stakes.push({ skill, earned, best, worst, bestChosen: earned === best });
  }
  return stakes;
}

/**
 * The agent used a phone control the scenario reacted to: on each skill the reaction's effects name,
 * the agent earns that effect against not using the control (0). A harmful reaction (-2) earns its
 * worst, -2 of [-2, 0]; an exemplary one (+2), its best, 2 of [0, 2]. The options the state offered
 * are not its alternatives: the decision there is met on its own, if the call comes back to it.
 */
export function skillsAtControl(effects: Effects): SkillAtDecision[] {
  const stakes: SkillAtDecision[] = [];
  for (const skill of SKILL_IDS) {
    const earned = effects[skill];
    if (earned === undefined || earned === CONTROL_NOT_USED_EFFECT) continue;
    const best = Math.max(CONTROL_NOT_USED_EFFECT, earned);
    const worst = Math.min(CONTROL_NOT_USED_EFFECT, earned);
    stakes.push({ skill, earned, best, worst, bestChosen: earned === best });
  }
  return stakes;
}
