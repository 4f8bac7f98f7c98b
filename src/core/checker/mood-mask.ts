/**
 * Sets of moods as 7-bit masks (bit 0 = furious … bit 6 = delighted). Guards only read the mood,
 * which has seven values, so the checker can evaluate a guard for every mood at once.
 */
import { MOOD_MAX, MOOD_MIN, MOOD_NAMES } from '../scenario/moods';
import { GUARDS, isGuardName, testGuard } from '../scenario/registry';
import type { BehaviourRef } from '../scenario/scenario-schema';

export type MoodMask = number;

export const NO_MOOD: MoodMask = 0;
export const EVERY_MOOD: MoodMask = (1 << MOOD_NAMES.length) - 1;

/** The moods under which a transition's guard passes; no guard passes always. */
export function guardMask(guard: BehaviourRef | undefined): MoodMask {
  if (guard === undefined) return EVERY_MOOD;
  const type = typeof guard === 'string' ? guard : guard.type;
  const params = typeof guard === 'string' ? undefined : guard.params;
  // The parser rejects unknown guards and bad params; stay lenient (may pass) if one slips through.
  if (!isGuardName(type) || !GUARDS[type].params.safeParse(params).success) return EVERY_MOOD;
  let mask = NO_MOOD;
  for (let mood = MOOD_MIN; mood <= MOOD_MAX; mood++) {
    if (testGuard(type, mood, params)) mask |= 1 << (mood - MOOD_MIN);
  }
  return mask;
}

/** `furious, angry` for a mask, in mood order. */
export function moodNamesIn(mask: MoodMask): string[] {
  return MOOD_NAMES.filter((_, bit) => (mask & (1 << bit)) !== 0);
}
