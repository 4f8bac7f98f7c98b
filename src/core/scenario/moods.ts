/**
 * The customer's mood: an integer from -3 (furious) to +3 (delighted), named for trainers.
 * Scenario files use the names; the running call keeps the number.
 */
import type { Localized } from '../i18n/localized';

export const MOOD_NAMES = ['furious', 'angry', 'irritated', 'neutral', 'reassured', 'satisfied', 'delighted'] as const;
export type MoodName = (typeof MOOD_NAMES)[number];

export const MOOD_MIN = -3;
export const MOOD_MAX = 3;

export function moodValue(name: MoodName): number {
  return MOOD_NAMES.indexOf(name) + MOOD_MIN;
}

export function moodName(value: number): MoodName {
  const index = Math.round(clampMood(value)) - MOOD_MIN;
  return MOOD_NAMES[index] ?? 'neutral';
}

export function clampMood(value: number): number {
  return Math.min(MOOD_MAX, Math.max(MOOD_MIN, value));
}

export const MOOD_LABELS: Readonly<Record<MoodName, Localized>> = {
  furious: { fr: 'Furieux', en: 'Furious' },
  angry: { fr: 'En colère', en: 'Angry' },
  irritated: { fr: 'Agacé', en: 'Irritated' },
  neutral: { fr: 'Neutre', en: 'Neutral' },
  reassured: { fr: 'Rassuré', en: 'Reassured' },
  satisfied: { fr: 'Satisfait', en: 'Satisfied' },
  delighted: { fr: 'Ravi', en: 'Delighted' },
};
