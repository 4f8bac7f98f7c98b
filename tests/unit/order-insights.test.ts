import { describe, expect, it } from 'vitest';
import type { InsightStatus } from '../../src/core/analytics/classify-gap';
import type { SkillInsight } from '../../src/core/analytics/detect-blind-spots';
import { countStatuses, orderInsights } from '../../src/core/analytics/order-insights';
import type { SkillId } from '../../src/core/skills/skills';

function insight(skill: SkillId, status: InsightStatus, gap?: number): SkillInsight {
  return {
    skill,
    status,
    messageKey: status === 'not-enough-evidence' ? 'too-little-evidence' : status,
    ...(gap !== undefined ? { gap } : {}),
    evidence: 4,
    bestChosen: 1,
    calls: 1,
    minEvidence: 4,
  };
}

describe('orderInsights', () => {
  it('puts blind spots first, then hidden strengths, then aligned, then what cannot be judged', () => {
    const ordered = orderInsights([
      insight('ACC', 'not-rated'),
      insight('DEC', 'aligned', 5),
      insight('ECO', 'hidden-strength', -30),
      insight('EMP', 'not-enough-evidence'),
      insight('LAN', 'blind-spot', 25),
    ]);
    expect(ordered.map((i) => i.status)).toEqual(['blind-spot', 'hidden-strength', 'aligned', 'not-enough-evidence', 'not-rated']);
  });

  it('shows the widest gaps first within blind spots and hidden strengths', () => {
    const ordered = orderInsights([
      insight('ACC', 'blind-spot', 25),
      insight('DEC', 'blind-spot', 60),
      insight('ECO', 'hidden-strength', -22),
      insight('EMP', 'hidden-strength', -45),
    ]);
    expect(ordered.map((i) => i.skill)).toEqual(['DEC', 'ACC', 'EMP', 'ECO']);
  });

  it('keeps the catalogue order among equals, and among aligned skills whatever their small gap', () => {
    const ordered = orderInsights([insight('ACC', 'aligned', 2), insight('DEC', 'aligned', -15), insight('ECO', 'not-rated'), insight('EMP', 'not-rated')]);
    expect(ordered.map((i) => i.skill)).toEqual(['ACC', 'DEC', 'ECO', 'EMP']);
  });

  it('does not change its input', () => {
    const input = [insight('ACC', 'not-rated'), insight('DEC', 'blind-spot', 30)];
    orderInsights(input);
    expect(input.map((i) => i.skill)).toEqual(['ACC', 'DEC']);
  });
});

describe('countStatuses', () => {
  it('counts each status, with zero for those absent', () => {
    expect(countStatuses([insight('ACC', 'blind-spot', 30), insight('DEC', 'blind-spot', 40), insight('ECO', 'not-rated')])).toEqual({
      'blind-spot': 2,
      'hidden-strength': 0,
      aligned: 0,
      'not-enough-evidence': 0,
      'not-rated': 1,
    });
  });
});
