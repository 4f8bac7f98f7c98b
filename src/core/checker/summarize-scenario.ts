/**
 * The figures a trainer reads under a scenario's findings: its size, its outcomes and how many
 * simple paths lead to each, the shortest and longest call in decisions, and each skill's score
 * range. Loops are flagged next to the figures they stretch. Definitions in docs/checker.md.

 */
import type { OutcomeKind } from '../scenario/outcomes';
import type { Scenario } from '../scenario/scenario-types';
import type { CallEdge, CallGraph } from './call-graph';
import type { GraphFacts } from './graph-facts';
import { scoreRanges, skillsOf, skillWeight, type SkillRange } from './score-ranges';
import { simplePathFigures } from './simple-paths';
import { totalBounds } from './total-bounds';

export interface OutcomeSummary {
  /** The final state. */
  state: string;
  kind: OutcomeKind;
  /** Simple paths from the start (no state twice), in decimal; "0" when unreachable; "uncounted" past the budget. */
  paths: string;
  /** Some way to this outcome goes through a loop: counting walks, there would be infinitely many. */
  throughLoop: boolean;
}

export interface ScenarioSummary {
  id: string;
  states: number;
  decisionStates: number;
  routeStates: number;
  finalStates: number;
  /** Options in all (every option of every decision state). */
  decisions: number;
  outcomes: OutcomeSummary[];
  /** Fewest agent answers from the start to a final state; null when no final state can be reached. */
  shortestCall: number | null;
  /** Most agent answers on a simple path to a final state; null when none can be reached (or uncounted). */
  longestCall: number | null;
  /** A loop of answers lies on the way to a final state: a call can be made as long as the player likes. */
  longestCallUnbounded: boolean;
  skills: SkillRange[];
}

const decisions = (edge: CallEdge): number => edge.decisions;

export function summarizeScenario(scenario: Scenario, graph: CallGraph, facts: GraphFacts): ScenarioSummary {
  const { components } = facts;
  const states = scenario.stateIds.map((id) => scenario.states[id]);
  const count = (kind: string) => states.filter((state) => state?.kind === kind).length;
  const skills = skillsOf(scenario, graph);
  const weights = [decisions, ...skills.map(skillWeight)];
  const figures = simplePathFigures(graph, components, weights);

  const length = totalBounds(graph, components, figures, decisions, 0);

  return {
    id: scenario.id,
    states: states.length,
    decisionStates: count('decision'),
    routeStates: count('route'),
    finalStates: count('final'),
    decisions: states.reduce((sum, state) => sum + (state?.options.length ?? 0), 0),
    outcomes: scenario.stateIds.flatMap((id, index) => {
      const outcome = scenario.states[id]?.outcome;
      if (!outcome) return [];
      const paths = figures.uncounted[index] ? 'uncounted' : String(figures.counts[index] ?? 0n);
      return [{ state: id, kind: outcome.kind, paths, throughLoop: figures.afterLoop[index] ?? false }];
    }),
    shortestCall: length.min,
    longestCall: length.max,
    longestCallUnbounded: length.grows,
    skills: scoreRanges(scenario, graph, components, figures, skills, 1),
  };
}
