/**
 * For each skill, the lowest and highest total effect a player can collect over a full call (from the
 * start to a final state), options and timers alike. Guards are assumed passable at any mood, and
 * a fatal option still counts its effects: these are the bounds of the score sheet, not a verdict.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import type { Scenario } from '../scenario/scenario-types';
import type { CallGraph } from './call-graph';
import { highestTotal, lowestTotal } from './highest-total';
import type { Components } from './strongly-connected';

/** A total; "unbounded" when a loop lets it grow (max) or fall (min) for ever; null when the call cannot end. */
export type Bound = number | 'unbounded' | null;

export interface SkillRange {
  skill: SkillId;
  /** Listed in meta.skills (a scored but undeclared skill is listed too, with false). */
  declared: boolean;
  min: Bound;
  max: Bound;
}

export function toBound(total: number | undefined): Bound {
  if (total === undefined) return null;
  if (!Number.isFinite(total)) return 'unbounded';
  return total === 0 ? 0 : total; // no -0 in reports
}

/** Skills in meta.skills, and any other skill an option or timer moves, in the skills' standard order. */
function skillsOf(scenario: Scenario, graph: CallGraph): SkillId[] {
  const used = new Set<SkillId>(scenario.skills);
  for (const edges of graph.out) {
    for (const edge of edges) {
      for (const [skill, value] of Object.entries(edge.effects)) if (value) used.add(skill as SkillId);
    }
  }
  return SKILL_IDS.filter((skill) => used.has(skill));
}

export function scoreRanges(scenario: Scenario, graph: CallGraph, components: Components): SkillRange[] {
  return skillsOf(scenario, graph).map((skill) => {
    const weight = (edge: { effects: Partial<Record<SkillId, number>> }) => edge.effects[skill] ?? 0;
    return {
      skill,
      declared: scenario.skills.includes(skill),
      min: toBound(lowestTotal(graph, components, weight)),
      max: toBound(highestTotal(graph, components, weight)),
    };
  });
}
