/**
 * same-scores: a decision whose options all have the same effect on every skill (and the same
 * fatality): whichever the agent picks, the score is the same, so the choice teaches nothing.
 */
import { SKILL_IDS } from '../skills/skills';
import type { ScenarioOption } from '../scenario/scenario-types';
import type { CheckContext } from './check-context';
import { describeEffects } from './describe';

const sameScore = (a: ScenarioOption, b: ScenarioOption): boolean =>
  a.fatal === b.fatal && SKILL_IDS.every((skill) => (a.effects[skill] ?? 0) === (b.effects[skill] ?? 0));

export function findSameScores({ scenario, report }: CheckContext): void {
  for (const id of scenario.stateIds) {
    const options = scenario.states[id]?.options ?? [];
    const [first] = options;
    if (!first || options.length < 2) continue;
    if (!options.every((option) => sameScore(option, first))) continue;
    report(
      'same-scores',
      `${options.length === 2 ? 'both' : `all ${options.length}`} options of "${id}" score the same on every skill (${describeEffects(first.effects)}): whichever the agent picks, the score does not change`,
      ['states', id, 'on', first.id],
      { key: true },
    );
  }
}
