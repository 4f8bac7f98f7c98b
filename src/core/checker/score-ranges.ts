/**
 * For each skill, the lowest and highest total effect a player can collect over a full call (from
 * the start to a final state), options and timers alike, over the simple paths (no state twice),
 * and whether going round a loop on the way lets the total fall or grow for ever. Guards are
 * assumed passable at any mood, and a fatal option still counts its effects: these are the bounds
 * of the score sheet, not a verdict.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import type { Scenario } from '../scenario/scenario-types';
import type { CallEdge, CallGraph } from './call-graph';
import type { SimplePathFigures } from './simple-paths';
import type { Components } from './strongly-connected';
import { totalBounds } from './total-bounds';

export interface SkillRange {
  skill: SkillId;
  /** Listed in meta.skills (a skill scored but not declared is listed too, with false). */
  declared: boolean;
  /** Lowest and highest total over simple paths; null when no final state can be reached (or the loops are too tangled to count). */
  min: number | null;
  max: number | null;
  /** A loop on the way has a negative total for this skill: going round it again and again, there is no lower bound. */
  fallsInLoops: boolean;
  /** A loop on the way has a positive total: no upper bound. */
  growsInLoops: boolean;
}

/** Skills in meta.skills, and any other skill an option or timer moves, in the skills' standard order. */
export function skillsOf(scenario: Scenario, graph: CallGraph): SkillId[] {
  const used = new Set<SkillId>(scenario.skills);
  for (const edges of graph.out) {
    for (const edge of edges) {
      for (const skill of Object.keys(edge.effects) as SkillId[]) if (edge.effects[skill]) used.add(skill);
    }
  }
  return SKILL_IDS.filter((skill) => used.has(skill));
}

export function skillWeight(skill: SkillId): (edge: CallEdge) => number {
  return (edge) => edge.effects[skill] ?? 0;
}

/** `figures` must have been computed with `skills.map(skillWeight)` from weight index `firstIndex` on. */
export function scoreRanges(
  scenario: Scenario,
  graph: CallGraph,
  components: Components,
  figures: SimplePathFigures,
  skills: readonly SkillId[],
  firstIndex: number,
): SkillRange[] {
  return skills.map((skill, index) => {
    const bounds = totalBounds(graph, components, figures, skillWeight(skill), firstIndex + index);
    return { skill, declared: scenario.skills.includes(skill), min: bounds.min, max: bounds.max, fallsInLoops: bounds.falls, growsInLoops: bounds.grows };
  });
}
