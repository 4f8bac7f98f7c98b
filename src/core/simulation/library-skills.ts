/**
 * What a library of scenarios lets us tell apart, read from the files alone:
 * - which skills it can test at all (at stake, options differing, at one decision state at least);
 * - per skill, how many decision states put it at stake, and at how many it can be told apart from
 *   the other skills at stake there: some option is worst on it while best on every other skill
 *   at stake (a distractor flawed on this skill only). Where every distractor is flawed on two
 *   skills at once, a weakness in one drags the other down and no score can tell which it was.
 */
import { SKILL_IDS, type SkillId } from '../skills/skills';
import type { Scenario, ScenarioOption } from '../scenario/scenario-types';

function range(options: readonly ScenarioOption[], skill: SkillId): { best: number; worst: number } {
  const values = options.map((o) => o.effects[skill] ?? 0);
  return { best: Math.max(...values), worst: Math.min(...values) };
}

function skillsAtStake(options: readonly ScenarioOption[]): SkillId[] {
  if (options.length < 2) return [];
  return SKILL_IDS.filter((skill) => {
    const { best, worst } = range(options, skill);
    return best !== worst;
  });
}

export function testableSkills(library: readonly Scenario[]): SkillId[] {
  const tested = new Set(library.flatMap((scenario) => Object.values(scenario.states).flatMap((state) => skillsAtStake(state.options))));
  return SKILL_IDS.filter((skill) => tested.has(skill));
}

export interface SkillSeparation {
  skill: SkillId;
  /** Decision states (across the library) that put the skill at stake. */
  states: number;
  /** Of those, the states with a distractor flawed on this skill only. */
  separable: number;
  /** The other skills it shares non-separable states with, and how many. */
  bundledWith: Partial<Record<SkillId, number>>;
}

export function skillSeparation(library: readonly Scenario[]): SkillSeparation[] {
  const rows = new Map<SkillId, SkillSeparation>();
  for (const scenario of library) {
    for (const state of Object.values(scenario.states)) {
      const atStake = skillsAtStake(state.options);
      for (const skill of atStake) {
        const row = rows.get(skill) ?? { skill, states: 0, separable: 0, bundledWith: {} };
        row.states += 1;
        const others = atStake.filter((s) => s !== skill);
        const worst = range(state.options, skill).worst;
        const alone = state.options.some(
          (o) => (o.effects[skill] ?? 0) === worst && others.every((other) => (o.effects[other] ?? 0) === range(state.options, other).best),
        );
        if (alone) row.separable += 1;
        else for (const other of others) row.bundledWith[other] = (row.bundledWith[other] ?? 0) + 1;
        rows.set(skill, row);
      }
    }
  }
  return SKILL_IDS.flatMap((skill) => rows.get(skill) ?? []);
}
