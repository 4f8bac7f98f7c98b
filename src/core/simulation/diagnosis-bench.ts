/**
 * The diagnosis benchmark, pure: many simulated agents with planted weak skills and an
 * over-confident self-rating play their first drills; after each checkpoint (1, 3, 5 drills) we ask
 * detectBlindSpots and count how many planted weak skills it finds (recall) and how many of its
 * flags are right (precision). It also measures, per skill, how many scored decisions a call gives:
 * what the library must supply for detection to have evidence. scripts/bench/bench-diagnosis.ts
 * only reads the files and prints.
 */
import { detectBlindSpots, type BlindSpotOptions } from '../analytics/detect-blind-spots';
import type { ScoredCall } from '../analytics/measure-skills';
import type { Scenario } from '../scenario/scenario-types';
import { MIN_EVIDENCE } from '../scoring/norms';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { addConfusion, confusionOf, NO_CONFUSION, precisionRecall, type Confusion } from './diagnosis-metrics';
import { testableSkills } from './library-skills';
import { mulberry32 } from '../random/prng';
import { createAgent } from './simulated-agent';
import { simulateDrills } from './simulate-drills';

/** The product's target: both at least 90% after 3 drills of 2-3 calls. */
export const DIAGNOSIS_TARGET = { precision: 0.9, recall: 0.9, drills: 3 } as const;
export const DEFAULT_BENCH_SEED = 20261123;

export interface DiagnosisBenchOptions {
  seed?: number;
  agents?: number;
  /** Evaluate after this many drills (default 1, 3, 5). */
  checkpoints?: readonly number[];
  callsPerDrill?: { min: number; max: number };
  weakSkills?: { min: number; max: number };
  flawRate?: number;
  bestRate?: number;
  detection?: BlindSpotOptions;
}

export interface Rates {
  confusion: Confusion;
  precision: number | undefined;
  recall: number | undefined;
}

export interface CheckpointFigures extends Rates {
  drills: number;
  /** Mean calls played per agent so far. */
  meanCalls: number;
  /** Per testable skill: detection rates and the mean scored decisions seen per agent. */
  perSkill: Partial<Record<SkillId, Rates & { meanEvidence: number }>>;
}

export interface SkillSupply {
  skill: SkillId;
  /** Scored decisions per call played, over every simulated call. */
  decisionsPerCall: number;
  /** Calls needed on average to reach the evidence threshold; undefined when the library never tests the skill. */
  callsForEvidence: number | undefined;
}

export interface DiagnosisBenchResult {
  seed: number;
  agents: number;
  scenarios: string[];
  /** Skills the library can test; weak skills are planted among these. */
  testable: SkillId[];
  minEvidence: number;
  checkpoints: CheckpointFigures[];
  supply: SkillSupply[];
  /** Whether the checkpoint at DIAGNOSIS_TARGET.drills reaches both targets. */
  targetMet: boolean;
}

function rates(confusion: Confusion): Rates {
  return { confusion, ...precisionRecall(confusion) };
}

export function runDiagnosisBench(library: readonly Scenario[], options: DiagnosisBenchOptions = {}): DiagnosisBenchResult {
  const seed = options.seed ?? DEFAULT_BENCH_SEED;
  const agents = options.agents ?? 200;
  const checkpoints = [...(options.checkpoints ?? [1, 3, 5])].sort((a, b) => a - b);
  const callsPerDrill = options.callsPerDrill ?? { min: 2, max: 3 };
  const minEvidence = options.detection?.minEvidence ?? MIN_EVIDENCE;
  const testable = testableSkills(library);
  const master = mulberry32(seed);

  type Total = { confusion: Confusion; calls: number; perSkill: Map<SkillId, { confusion: Confusion; evidence: number }> };
  const emptyTotal = (): Total => ({ confusion: NO_CONFUSION, calls: 0, perSkill: new Map() });
  const totals = checkpoints.map(emptyTotal);
  const supply = new Map<SkillId, number>();
  let callsPlayed = 0;

  for (let id = 0; id < agents && testable.length > 0; id++) {
    const random = mulberry32(Math.floor(master() * 2 ** 32));
    const agent = createAgent(random, id, {
      candidates: testable,
      ...(options.weakSkills ? { weakSkills: options.weakSkills } : {}),
      ...(options.flawRate !== undefined ? { flawRate: options.flawRate } : {}),
      ...(options.bestRate !== undefined ? { bestRate: options.bestRate } : {}),
    });
    const drills = simulateDrills(library, agent, random, { drills: checkpoints.at(-1) ?? 0, callsPerDrill });
    const all: ScoredCall[] = drills.flat();
    callsPlayed += all.length;
    for (const call of all) for (const skill of SKILL_IDS) supply.set(skill, (supply.get(skill) ?? 0) + (call.skills[skill]?.decisions ?? 0));

    checkpoints.forEach((drillCount, i) => {
      const calls = drills.slice(0, drillCount).flat();
      const insights = detectBlindSpots({ selfRatings: [agent.selfAssessment], calls, ...(options.detection ? { options: options.detection } : {}) });
      const total = totals[i];
      if (!total) return;
      total.confusion = addConfusion(total.confusion, confusionOf(insights, agent.weakSkills));
      total.calls += calls.length;
      for (const insight of insights) {
        if (!testable.includes(insight.skill)) continue;
        const s = total.perSkill.get(insight.skill) ?? { confusion: NO_CONFUSION, evidence: 0 };
        s.confusion = addConfusion(s.confusion, confusionOf([insight], agent.weakSkills));
        s.evidence += insight.evidence;
        total.perSkill.set(insight.skill, s);
      }
    });
  }

  const figures: CheckpointFigures[] = checkpoints.map((drills, i) => {
    const total = totals[i] ?? emptyTotal();
    const perSkill: CheckpointFigures['perSkill'] = {};
    for (const [skill, s] of total.perSkill) perSkill[skill] = { ...rates(s.confusion), meanEvidence: agents > 0 ? s.evidence / agents : 0 };
    return { drills, meanCalls: agents > 0 ? total.calls / agents : 0, ...rates(total.confusion), perSkill };
  });
  const atTarget = figures.find((f) => f.drills === DIAGNOSIS_TARGET.drills);
  return {
    seed,
    agents,
    scenarios: library.map((s) => s.id),
    testable,
    minEvidence,
    checkpoints: figures,
    supply: SKILL_IDS.map((skill) => {
      const decisionsPerCall = callsPlayed > 0 ? (supply.get(skill) ?? 0) / callsPlayed : 0;
      return { skill, decisionsPerCall, callsForEvidence: decisionsPerCall > 0 ? minEvidence / decisionsPerCall : undefined };
    }),
    targetMet: (atTarget?.precision ?? 0) >= DIAGNOSIS_TARGET.precision && (atTarget?.recall ?? 0) >= DIAGNOSIS_TARGET.recall,
  };
}
