import { describe, expect, it } from 'vitest';
import type { SkillInsight } from '../../src/core/analytics/detect-blind-spots';
import { planDrill, skillPriorities, type DrillCandidate, type PlayedCall } from '../../src/core/drills/plan-drill';
import { nextReview } from '../../src/core/drills/spaced-repetition';
import type { SkillId } from '../../src/core/skills/skills';

const card = (id: string, skills: SkillId[], personaName = id, expectedMinutes = 2): DrillCandidate => ({ id, skills, personaName, expectedMinutes });

function insight(skill: SkillId, over: Partial<SkillInsight>): SkillInsight {
  return { skill, status: 'aligned', messageKey: 'aligned', evidence: 8, bestChosen: 4, calls: 3, minEvidence: 4, measured: 80, ...over };
}

describe('spaced repetition', () => {
  it('brings a skill back on days 2, 7 and 14 after its first practice, then monthly', () => {
    expect(nextReview([])).toBeUndefined();
    expect(nextReview([10])).toEqual({ dueDay: 12, step: 0 });
    expect(nextReview([10, 12])).toEqual({ dueDay: 17, step: 1 });
    expect(nextReview([10, 13, 18])).toEqual({ dueDay: 24, step: 2 });
    expect(nextReview([10, 12, 17, 24])).toEqual({ dueDay: 54, step: 3 });
  });

  it('does not count practice before the due day as the review', () => {
    expect(nextReview([10, 11])).toEqual({ dueDay: 12, step: 0 });
    expect(nextReview([10, 11, 11])).toEqual({ dueDay: 12, step: 0 });
  });
});

describe('skill priorities', () => {
  it('puts blind spots first, then weak skills, then due reviews, then new skills', () => {
    const insights = [
      insight('ATT', { status: 'blind-spot', messageKey: 'blind-spot', measured: 30, gap: 60 }),
      insight('CNF', { measured: 40 }),
      insight('ACC', { measured: 90 }),
    ];
    const history: PlayedCall[] = [{ scenarioId: 'x', day: 100, skills: ['ACC'] }];
    const priorities = skillPriorities(insights, history, 103);
    expect(priorities.slice(0, 3).map((f) => [f.skill, f.reason])).toEqual([
      ['ATT', 'blind-spot'],
      ['CNF', 'weak'],
      ['ACC', 'review-due'],
    ]);
    expect(priorities.find((f) => f.skill === 'DEC')?.reason).toBe('new');
  });

  it('does not call a skill weak without enough evidence', () => {
    const [focus] = skillPriorities([insight('CNF', { measured: 10, evidence: 2, status: 'not-enough-evidence' })], [], 0).filter((f) => f.skill === 'CNF');
    expect(focus?.reason).toBe('new');
  });
});

describe('planDrill', () => {
  const cards = [card('a', ['ATT', 'RES'], 'Karine'), card('b', ['ACC', 'CNF'], 'Sophie'), card('c', ['ATT', 'CON'], 'Karim'), card('d', ['DEC', 'ECO'], 'Karine')];

  it('picks the calls that train the weakest skills first, about five minutes in all', () => {
    const plan = planDrill(cards, [], [insight('ATT', { status: 'blind-spot', messageKey: 'blind-spot', measured: 20, gap: 70 })], 50);
    expect(plan.calls[0]).toMatch(/^[ac]$/);
    expect(plan.calls).toHaveLength(3);
    expect(plan.minutes).toBe(6);
    expect(plan.focus[0]).toMatchObject({ skill: 'ATT', reason: 'blind-spot' });
  });

  it('never puts the same persona twice in a drill', () => {
    const plan = planDrill(cards, [], [insight('DEC', { status: 'blind-spot', messageKey: 'blind-spot', measured: 10, gap: 80 }), insight('ATT', { status: 'blind-spot', messageKey: 'blind-spot', measured: 10, gap: 80 })], 50);
    const personas = plan.calls.map((id) => cards.find((c) => c.id === id)?.personaName);
    expect(new Set(personas).size).toBe(personas.length);
  });

  it('does not replay a call played in the last three days while others are left', () => {
    const history: PlayedCall[] = [
      { scenarioId: 'a', day: 49, skills: ['ATT', 'RES'] },
      { scenarioId: 'c', day: 48, skills: ['ATT', 'CON'] },
    ];
    const plan = planDrill(cards, history, [insight('ATT', { status: 'blind-spot', messageKey: 'blind-spot', measured: 20, gap: 70 })], 50);
    expect(plan.calls).not.toContain('a');
    expect(plan.calls).not.toContain('c');
    expect(plan.calls.sort()).toEqual(['b', 'd']);
  });

  it('falls back to the least recently played calls when the library is too small', () => {
    const small = [card('a', ['ATT'], 'A'), card('b', ['ACC'], 'B')];
    const plan = planDrill(small, [{ scenarioId: 'a', day: 49, skills: ['ATT'] }, { scenarioId: 'b', day: 48, skills: ['ACC'] }], [], 50);
    expect(plan.calls).toEqual(['b', 'a']);
  });

  it('brings back a skill whose review is due', () => {
    const history: PlayedCall[] = [{ scenarioId: 'b', day: 40, skills: ['ACC', 'CNF'] }];
    const plan = planDrill(cards, history, [insight('ACC', { measured: 95 }), insight('CNF', { measured: 95 })], 47);
    expect(plan.focus.find((f) => f.skill === 'ACC')).toMatchObject({ reason: 'review-due', dueDay: 42, step: 0 });
    expect(plan.calls).toContain('b');
  });

  it('is deterministic', () => {
    expect(planDrill(cards, [], [], 7)).toEqual(planDrill(cards, [], [], 7));
  });
});

describe("the agent's language", () => {
  it('keeps to calls in the agent’s language while there are enough of them', () => {
    const mixed = [
      { ...card('fr1', ['ACC'], 'A'), language: 'fr' },
      { ...card('fr2', ['ACC'], 'B'), language: 'fr' },
      { ...card('en1', ['ACC', 'CNF', 'ATT'], 'C'), language: 'en' },
    ];
    expect(planDrill(mixed, [], [], 10, { language: 'fr' }).calls.sort()).toEqual(['fr1', 'fr2']);
    expect(planDrill(mixed, [], [], 10, { language: 'en' }).calls).toContain('en1');
    expect(planDrill(mixed, [], [], 10, { language: 'en' }).calls).toHaveLength(3);
  });
});
