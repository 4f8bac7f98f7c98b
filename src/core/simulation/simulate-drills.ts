/**
 * An agent's first drills: each drill is 2-3 calls drawn from the library (no call twice in a drill
 * when the library has enough), played one day apart, each call scored as the app would.
 */
import type { ScoredCall } from '../analytics/measure-skills';
import type { Scenario } from '../scenario/scenario-types';
import { scoreCall } from '../scoring/score-call';
import { playSimulatedCall } from './play-simulated-call';
import { pickOne, randomInt, sample, type Random } from '../random/prng';
import type { SimulatedAgent } from './simulated-agent';

export interface DrillPlan {
  drills: number;
  callsPerDrill: { min: number; max: number };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

function drawCalls(random: Random, library: readonly Scenario[], count: number): Scenario[] {
  if (count <= library.length) return sample(random, library, count);
  return Array.from({ length: count }, () => pickOne(random, library));
}

/** The scored calls of each drill, in order: `result[d]` is drill d + 1. */
export function simulateDrills(library: readonly Scenario[], agent: SimulatedAgent, random: Random, plan: DrillPlan): ScoredCall[][] {
  const drills: ScoredCall[][] = [];
  for (let d = 0; d < plan.drills; d++) {
    const scenarios = drawCalls(random, library, randomInt(random, plan.callsPerDrill.min, plan.callsPerDrill.max));
    drills.push(
      scenarios.map((scenario, i) => ({
        at: (d + 1) * DAY_MS + i * 60_000,
        scenarioId: scenario.id,
        skills: scoreCall(scenario, playSimulatedCall(scenario, agent, random)).skills,
      })),
    );
  }
  return drills;
}
