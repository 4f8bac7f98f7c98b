/**
 * The call's overall score, weighed like a QA scorecard: each skill belongs to a section
 * (skills.ts), a section scores the pooled stakes of its skills, and sections count with the
 * weights of norms.ts, renormalised over the sections this call actually scored.
 */
import { SKILL_IDS, SKILLS, type ScorecardSection } from '../skills/skills';
import { SECTION_WEIGHTS } from './norms';
import type { SectionScore, SkillTallies } from './score-types';
import { scoreOf } from './tally-skills';

export function sectionScores(skills: SkillTallies): Partial<Record<ScorecardSection, SectionScore>> {
  const pooled = new Map<ScorecardSection, { earned: number; best: number; worst: number; skills: SectionScore['skills'] }>();
  for (const id of SKILL_IDS) {
    const tally = skills[id];
    if (!tally) continue;
    const section = SKILLS[id].section;
    const p = pooled.get(section) ?? { earned: 0, best: 0, worst: 0, skills: [] };
    p.earned += tally.earned;
    p.best += tally.best;
    p.worst += tally.worst;
    p.skills.push(id);
    pooled.set(section, p);
  }
  const totalWeight = [...pooled.keys()].reduce((sum, section) => sum + SECTION_WEIGHTS[section], 0);
  const sections: Partial<Record<ScorecardSection, SectionScore>> = {};
  for (const [section, p] of pooled) {
    const weight = SECTION_WEIGHTS[section];
    sections[section] = { score: scoreOf(p) ?? 0, weight, share: weight / totalWeight, skills: p.skills };
  }
  return sections;
}

/** Σ weight × score / Σ weight over the sections scored (the shares); 0 when nothing was at stake. */
export function overallScore(sections: Partial<Record<ScorecardSection, SectionScore>>): number {
  const scored = Object.values(sections);
  const totalWeight = scored.reduce((sum, s) => sum + s.weight, 0);
  return totalWeight > 0 ? scored.reduce((sum, s) => sum + s.weight * s.score, 0) / totalWeight : 0;
}
