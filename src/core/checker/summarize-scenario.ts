/**
 * The figures a trainer reads under a scenario's findings: its size, its outcomes and how many
 * paths lead to each, the shortest and longest call in decisions, and each skill's score range.
 * Definitions in docs/checker.md.
 */
import type { OutcomeKind } from '../scenario/outcomes';
import type { Scenario } from '../scenario/scenario-types';
import type { CallGraph } from './call-graph';
import { countPaths } from './count-paths';
import type { GraphFacts } from './graph-facts';
import { highestTotal, lowestTotal } from './highest-total';
import { scoreRanges, toBound, type Bound, type SkillRange } from './score-ranges';

export interface OutcomeSummary {
  /** The final state. */
  state: string;
  kind: OutcomeKind;
  /** Distinct paths from the start, in decimal ("0" when unreachable), or "unbounded" through a loop. */
  paths: string;
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
  /** Fewest agent answers from the start to any final state; null when no final state can be reached. */
  shortestCall: number | null;
  /** Most agent answers on the way to a final state; "unbounded" when a loop of answers lies on the way. */
  longestCall: Bound;
  skills: SkillRange[];
}

export function summarizeScenario(scenario: Scenario, graph: CallGraph, facts: GraphFacts): ScenarioSummary {
  const states = scenario.stateIds.map((id) => scenario.states[id]);
  const count = (kind: string) => states.filter((state) => state?.kind === kind).length;
  const paths = countPaths(graph, facts.components);
  const decisions = (edge: { decisions: number }) => edge.decisions;
  const shortest = toBound(lowestTotal(graph, facts.components, decisions));

  return {
    id: scenario.id,
    states: states.length,
    decisionStates: count('decision'),
    routeStates: count('route'),
    finalStates: count('final'),
    decisions: states.reduce((sum, state) => sum + (state?.options.length ?? 0), 0),
    outcomes: scenario.stateIds.flatMap((id, index) => {
      const outcome = scenario.states[id]?.outcome;
      return outcome ? [{ state: id, kind: outcome.kind, paths: String(paths[index] ?? 0n) }] : [];
    }),
    shortestCall: typeof shortest === 'number' ? shortest : null,
    longestCall: toBound(highestTotal(graph, facts.components, decisions)),
    skills: scoreRanges(scenario, graph, facts.components),
  };
}
