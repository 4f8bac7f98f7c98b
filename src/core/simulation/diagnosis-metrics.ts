/**
 * How well blind-spot detection finds planted weak skills: a skill flagged `blind-spot` is a true
 * positive when it was planted weak, a false positive otherwise; a planted weak skill not flagged
 * is a false negative (and counted apart when it was not judged for lack of evidence).
 */
import type { SkillInsight } from '../analytics/detect-blind-spots';
import type { SkillId } from '../skills/skills';

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Of the false negatives, the weak skills with too little evidence to judge. */
  unjudged: number;
}

export const NO_CONFUSION: Confusion = { truePositives: 0, falsePositives: 0, falseNegatives: 0, unjudged: 0 };

export function confusionOf(insights: readonly SkillInsight[], weakSkills: readonly SkillId[]): Confusion {
  const c = { ...NO_CONFUSION };
  for (const insight of insights) {
    const flagged = insight.status === 'blind-spot';
    const weak = weakSkills.includes(insight.skill);
    if (flagged && weak) c.truePositives += 1;
    else if (flagged) c.falsePositives += 1;
    else if (weak) {
      c.falseNegatives += 1;
      if (insight.status === 'not-enough-evidence') c.unjudged += 1;
    }
  }
  return c;
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
    unjudged: a.unjudged + b.unjudged,
  };
}

/** Precision TP / (TP + FP), undefined when nothing was flagged; recall TP / (TP + FN), undefined with nothing planted. */
export function precisionRecall(c: Confusion): { precision: number | undefined; recall: number | undefined } {
  const flagged = c.truePositives + c.falsePositives;
  const planted = c.truePositives + c.falseNegatives;
  return {
    precision: flagged > 0 ? c.truePositives / flagged : undefined,
    recall: planted > 0 ? c.truePositives / planted : undefined,
  };
}
