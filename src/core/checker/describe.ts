/** Small wording helpers shared by the checks' messages. */
import { SKILL_IDS } from '../skills/skills';
import type { Effects } from '../scenario/scenario-schema';
import { moodNamesIn, type MoodMask } from './mood-mask';

/** `"a", "b" and "c"` (at most `max` names, then `and 4 more`). */
export function quoteList(names: readonly string[], joiner = 'and', max = 5): string {
  const quoted = names.slice(0, max).map((name) => `"${name}"`);
  if (names.length > max) return `${quoted.join(', ')} ${joiner} ${names.length - max} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted[quoted.length - 1]}`;
}

/** `furious, angry or irritated`. */
export function moodList(mask: MoodMask): string {
  const names = moodNamesIn(mask);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** `ACC +1, CNF -2`, or `no effect`. */
export function describeEffects(effects: Effects): string {
  const parts = SKILL_IDS.flatMap((skill) => {
    const value = effects[skill] ?? 0;
    return value === 0 ? [] : [`${skill} ${value > 0 ? '+' : ''}${value}`];
  });
  return parts.length > 0 ? parts.join(', ') : 'no effect';
}
