/** Which words the customer says in a state, given their mood: the first matching variant, else the line. */
import { moodValue } from '../scenario/moods';
import type { Line, ScenarioState } from '../scenario/scenario-types';

export function resolveLine(state: ScenarioState, mood: number): Line | undefined {
  for (const variant of state.variants) {
    const { moodAtLeast, moodAtMost } = variant.when;
    if (moodAtLeast !== undefined && mood < moodValue(moodAtLeast)) continue;
    if (moodAtMost !== undefined && mood > moodValue(moodAtMost)) continue;
    return { text: variant.text, ...(variant.audio ? { audio: variant.audio } : {}), ...(variant.mood ? { mood: variant.mood } : {}) };
  }
  return state.line;
}
