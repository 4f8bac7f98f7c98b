/**
 * What a library must supply for blind-spot detection to reach its target: the same benchmark run
 * on made-up libraries of known shape (synthetic-library.ts), from few scored decisions per skill
 * per call to many, with distractors flawed on one skill each, and once with bundled distractors.
 * The smallest shape that meets the target is what to ask of the real library.
 */
import { DIAGNOSIS_TARGET, runDiagnosisBench, type DiagnosisBenchOptions } from './diagnosis-bench';
import { syntheticLibrary, type Distractors } from './synthetic-library';
import { SKILL_IDS } from '../skills/skills';

export interface LibraryShapeFigures {
  /** Two-skill decisions per call. */
  decisionsPerCall: number;
  distractors: Distractors;
  /** Scored decisions per skill per call: decisionsPerCall × 2 / 12. */
  perSkillPerCall: number;
  /** After DIAGNOSIS_TARGET.drills drills. */
  precision: number | undefined;
  recall: number | undefined;
  met: boolean;
}

export const NEEDS_SHAPES: readonly { decisionsPerCall: number; distractors: Distractors }[] = [
  { decisionsPerCall: 4, distractors: 'separate' },
  { decisionsPerCall: 6, distractors: 'separate' },
  { decisionsPerCall: 8, distractors: 'separate' },
  { decisionsPerCall: 10, distractors: 'separate' },
  { decisionsPerCall: 8, distractors: 'bundled' },
];

export function libraryNeeds(options: DiagnosisBenchOptions = {}, shapes = NEEDS_SHAPES): LibraryShapeFigures[] {
  return shapes.map(({ decisionsPerCall, distractors }) => {
    const library = syntheticLibrary({ calls: 10, decisionsPerCall, skillsPerDecision: 2, distractors });
    const result = runDiagnosisBench(library, { ...options, checkpoints: [DIAGNOSIS_TARGET.drills] });
    const at = result.checkpoints[0];
    return {
      decisionsPerCall,
      distractors,
      perSkillPerCall: (decisionsPerCall * 2) / SKILL_IDS.length,
      precision: at?.precision,
      recall: at?.recall,
      met: result.targetMet,
    };
  });
}
