/**
 * The diagnosis benchmark's core: precision and recall of blind-spot detection against planted weak
 * skills, what a library lets us tell apart, and the benchmark itself on made-up libraries. It
 * shows the detection reaches its target (≥ 90% precision and recall after 3 drills) when the
 * library gives enough scored decisions per skill with distractors flawed on one skill each, and
 * that bundled distractors (flawed on two skills at once) cap precision whatever the evidence.
 */
import { describe, expect, it } from 'vitest';
import type { SkillInsight } from '../../src/core/analytics/detect-blind-spots';
import { DIAGNOSIS_TARGET, runDiagnosisBench } from '../../src/core/simulation/diagnosis-bench';
import { confusionOf, precisionRecall } from '../../src/core/simulation/diagnosis-metrics';
import { libraryNeeds } from '../../src/core/simulation/library-needs';
import { skillSeparation, testableSkills } from '../../src/core/simulation/library-skills';
import { syntheticLibrary } from '../../src/core/simulation/synthetic-library';
import { scoringScenario } from '../factories/call-log-factory';

const insight = (skill: SkillInsight['skill'], status: SkillInsight['status']): SkillInsight => ({ skill, status, messageKey: 'aligned', evidence: 5, bestChosen: 0, calls: 1, minEvidence: 4 });

describe('precision and recall', () => {
  it('count a flagged weak skill as a true positive, a flagged healthy one as a false positive, a missed weak one as a false negative', () => {
    const insights = [insight('ATT', 'blind-spot'), insight('RES', 'blind-spot'), insight('LAN', 'aligned'), insight('CON', 'not-enough-evidence'), insight('CNF', 'aligned')];
    expect(confusionOf(insights, ['ATT', 'LAN', 'CON'])).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 2, unjudged: 1 });
  });

  it('are TP / (TP + FP) and TP / (TP + FN), undefined when nothing was flagged or planted', () => {
    expect(precisionRecall({ truePositives: 9, falsePositives: 1, falseNegatives: 3, unjudged: 0 })).toEqual({ precision: 0.9, recall: 0.75 });
    expect(precisionRecall({ truePositives: 0, falsePositives: 0, falseNegatives: 0, unjudged: 0 })).toEqual({ precision: undefined, recall: undefined });
  });
});

describe('what a library lets us tell apart', () => {
  it('lists the skills some decision puts at stake', () => {
    expect(testableSkills([scoringScenario()])).toEqual(['ACC', 'EMP', 'LAN', 'RES', 'REC', 'CNF', 'CON', 'MAI']);
  });

  it('counts, per skill, the decisions where a distractor is flawed on that skill only', () => {
    const separate = skillSeparation(syntheticLibrary({ calls: 1, decisionsPerCall: 1, skillsPerDecision: 2, distractors: 'separate' }));
    expect(separate).toEqual([
      { skill: 'ACC', states: 1, separable: 1, bundledWith: {} },
      { skill: 'DEC', states: 1, separable: 1, bundledWith: {} },
    ]);
    const bundled = skillSeparation(syntheticLibrary({ calls: 1, decisionsPerCall: 1, skillsPerDecision: 2, distractors: 'bundled' }));
    expect(bundled).toEqual([
      { skill: 'ACC', states: 1, separable: 0, bundledWith: { DEC: 1 } },
      { skill: 'DEC', states: 1, separable: 0, bundledWith: { ACC: 1 } },
    ]);
  });

  it('finds the bundles of the scoring scenario: RES with LAN at `solve`', () => {
    const rows = skillSeparation([scoringScenario()]);
    expect(rows.find((r) => r.skill === 'RES')).toEqual({ skill: 'RES', states: 1, separable: 0, bundledWith: { LAN: 1 } });
    expect(rows.find((r) => r.skill === 'CON')).toEqual({ skill: 'CON', states: 1, separable: 1, bundledWith: {} });
  });
});

describe('the diagnosis benchmark', () => {
  const options = { seed: 5, agents: 80 };

  it('is deterministic for a seed and reports after 1, 3 and 5 drills', () => {
    const library = syntheticLibrary({ calls: 6, decisionsPerCall: 6, skillsPerDecision: 2, distractors: 'separate' });
    const a = runDiagnosisBench(library, options);
    expect(runDiagnosisBench(library, options)).toEqual(a);
    expect(a.checkpoints.map((c) => c.drills)).toEqual([1, 3, 5]);
    expect(a.seed).toBe(5);
    expect(a.checkpoints[1]?.meanCalls).toBeGreaterThanOrEqual(6);
    expect(a.checkpoints[1]?.meanCalls).toBeLessThanOrEqual(9);
  });

  it('meets the target on a library with ≥ 1.33 scored decisions per skill per call and one-skill distractors', () => {
    const library = syntheticLibrary({ calls: 10, decisionsPerCall: 8, skillsPerDecision: 2, distractors: 'separate' });
    const result = runDiagnosisBench(library, options);
    const atTarget = result.checkpoints.find((c) => c.drills === DIAGNOSIS_TARGET.drills);
    expect(atTarget?.precision).toBeGreaterThanOrEqual(0.9);
    expect(atTarget?.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.targetMet).toBe(true);
    expect(result.supply.every((s) => s.decisionsPerCall > 1.2)).toBe(true);
  });

  it('cannot tell bundled skills apart: precision stays well below target however much evidence', () => {
    const library = syntheticLibrary({ calls: 10, decisionsPerCall: 8, skillsPerDecision: 2, distractors: 'bundled' });
    const result = runDiagnosisBench(library, options);
    expect(result.checkpoints.at(-1)?.precision).toBeLessThan(0.8);
    expect(result.checkpoints.at(-1)?.recall).toBeGreaterThan(0.9);
    expect(result.targetMet).toBe(false);
  });

  it('has no evidence after one drill when calls give too few decisions per skill: says so rather than guess', () => {
    const library = syntheticLibrary({ calls: 10, decisionsPerCall: 4, skillsPerDecision: 2, distractors: 'separate' });
    const first = runDiagnosisBench(library, options).checkpoints[0];
    expect(first?.recall).toBeLessThan(0.2);
    expect(first?.confusion.unjudged).toBe(first?.confusion.falseNegatives);
  });

  it('sweeps made-up library shapes to say what the real library needs', () => {
    const needs = libraryNeeds(options, [
      { decisionsPerCall: 4, distractors: 'separate' },
      { decisionsPerCall: 8, distractors: 'separate' },
    ]);
    expect(needs.map((n) => [n.perSkillPerCall.toFixed(2), n.met])).toEqual([
      ['0.67', false],
      ['1.33', true],
    ]);
  });
});
