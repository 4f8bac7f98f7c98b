/**
 * How a simulated agent answers: when one of its weak skills is at stake, it tends to pick the
 * option worst on that skill (and, among those, the one best on everything else: the weakness is
 * in that skill only); otherwise it picks the best option with high probability, any option else.
 */
import type { ScenarioOption } from '../scenario/scenario-types';
import { bestOption } from '../scoring/best-option';
import type { SkillId } from '../skills/skills';
import { pickOne, type Random } from '../random/prng';
import type { SimulatedAgent } from './simulated-agent';

function atStake(offered: readonly ScenarioOption[], skill: SkillId): boolean {
  const values = offered.map((o) => o.effects[skill] ?? 0);
  return Math.max(...values) !== Math.min(...values);
}

/** Sum of the option's effects on `skills`, or (with `except`) on every skill but those. */
function sumOn(option: ScenarioOption, skills: readonly SkillId[], except = false): number {
  return Object.entries(option.effects).reduce((total, [skill, value]) => total + (skills.includes(skill as SkillId) !== except ? (value ?? 0) : 0), 0);
}

/** The option worst on `weak`; on a tie, the best on every other skill; then the first. */
export function flawedOption(offered: readonly ScenarioOption[], weak: readonly SkillId[]): ScenarioOption | undefined {
  let chosen: ScenarioOption | undefined;
  for (const option of offered) {
    if (!chosen) {
      chosen = option;
      continue;
    }
    const [a, b] = [sumOn(option, weak), sumOn(chosen, weak)];
    if (a < b || (a === b && sumOn(option, weak, true) > sumOn(chosen, weak, true))) chosen = option;
  }
  return chosen;
}

export function chooseOption(agent: SimulatedAgent, offered: readonly ScenarioOption[], random: Random): ScenarioOption {
  if (offered.length === 0) throw new Error('chooseOption: nothing offered');
  const weak = agent.weakSkills.filter((skill) => atStake(offered, skill));
  if (weak.length > 0 && random() < agent.flawRate) return flawedOption(offered, weak) as ScenarioOption;
  if (random() < agent.bestRate) return bestOption(offered) as ScenarioOption;
  return pickOne(random, offered);
}
