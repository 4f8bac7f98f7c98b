/**
 * skill-not-scored: a skill in meta.skills that no option, control reaction or timer moves (no non-zero effect).
 * skill-not-declared: a skill with a non-zero effect somewhere that meta.skills does not list.
 * "Scored" means a non-zero effect: an explicit 0 trains nothing.
 */
import type { SkillId } from '../skills/skills';
import type { JsonPath } from '../scenario/finding';
import type { Effects } from '../scenario/scenario-schema';
import { branchesOf } from '../scenario/transitions';
import type { CheckContext } from './check-context';

interface Scored {
  path: JsonPath;
  places: number;
}

export function findSkillMismatches({ scenario, report }: CheckContext): void {
  const scored = new Map<SkillId, Scored>();
  const record = (effects: Effects, path: JsonPath): void => {
    for (const [skill, value] of Object.entries(effects) as [SkillId, number | undefined][]) {
      if (!value) continue;
      const seen = scored.get(skill);
      if (seen) seen.places++;
      else scored.set(skill, { path: [...path, skill], places: 1 });
    }
  };
  for (const id of scenario.stateIds) {
    const state = scenario.states[id];
    const config = scenario.config.states[id];
    if (!state || !config) continue;
    for (const option of state.options) {
      const [first] = branchesOf(config.on?.[option.id], ['states', id, 'on', option.id]);
      if (first) record(option.effects, [...first.path, 'meta', 'option', 'effects']);
    }
    for (const control of state.controls) {
      const [first] = branchesOf(config.on?.[control.event], ['states', id, 'on', control.event]);
      if (first) record(control.effects, [...first.path, 'meta', 'control', 'effects']);
    }
    for (const [delay, value] of Object.entries(config.after ?? {})) {
      const [first] = branchesOf(value, ['states', id, 'after', delay]);
      const effects = first?.branch.meta?.timeout?.effects;
      if (first && effects) record(effects, [...first.path, 'meta', 'timeout', 'effects']);
    }
  }

  const declared = new Set<SkillId>(scenario.skills);
  scenario.skills.forEach((skill, index) => {
    if (!scored.has(skill)) report('skill-not-scored', `skill "${skill}" is declared in meta.skills but no option or timer scores it`, ['meta', 'skills', index]);
  });
  for (const [skill, { path, places }] of scored) {
    if (declared.has(skill)) continue;
    const elsewhere = places > 1 ? ` (scored in ${places} places in all)` : '';
    report('skill-not-declared', `skill "${skill}" is scored here but not declared in meta.skills${elsewhere}; add it there or drop the effect`, path, { key: true });
  }
}
