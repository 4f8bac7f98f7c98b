/**
 * How a persona sounds in generated audio: espeak-ng's voice (language + variant), pitch and speed.
 * The scenario locale picks the language, `persona.voice` the rest, and a line's mood nudges pitch and
 * speed a little (an angry customer talks faster and higher).
 */
import type { MoodName } from '../scenario/moods';
import type { Persona } from '../scenario/scenario-types';

export interface VoiceSettings {
  /** espeak-ng `-v`: a language, optionally `+variant`, e.g. "fr+f3". */
  voice: string;
  /** espeak-ng `-p`, 0-99. */
  pitch: number;
  /** espeak-ng `-s`, words per minute, 80-260. */
  speed: number;
}

export const DEFAULT_PITCH = 50;
/** A little slower than espeak-ng's 175: phone audio at 8 kHz is harder to follow. */
export const DEFAULT_SPEED = 160;

const LANGUAGE_BY_LOCALE: Readonly<Record<string, string>> = {
  'fr-FR': 'fr',
  'fr-BE': 'fr-be',
  'fr-CH': 'fr-ch',
  'en-GB': 'en-gb',
  'en-US': 'en-us',
  'en-CA': 'en-us',
};
const LANGUAGE_FALLBACK: Readonly<Record<string, string>> = { fr: 'fr', en: 'en-gb' };

/** Speed (words per minute) and pitch steps added for a line's mood. */
const MOOD_NUDGE: Readonly<Record<MoodName, { speed: number; pitch: number }>> = {
  furious: { speed: 20, pitch: 10 },
  angry: { speed: 14, pitch: 7 },
  irritated: { speed: 7, pitch: 3 },
  neutral: { speed: 0, pitch: 0 },
  reassured: { speed: -5, pitch: -2 },
  satisfied: { speed: 0, pitch: 3 },
  delighted: { speed: 6, pitch: 6 },
};

/** The espeak-ng language for a scenario locale: fr-FR → fr, en-GB → en-gb, en-US → en-us. */
export function espeakLanguage(locale: string): string {
  return LANGUAGE_BY_LOCALE[locale] ?? LANGUAGE_FALLBACK[locale.slice(0, 2)] ?? 'en-gb';
}

export function voiceSettings(locale: string, voice: Persona['voice'], mood?: MoodName): VoiceSettings {
  const language = espeakLanguage(locale);
  const nudge = mood ? MOOD_NUDGE[mood] : MOOD_NUDGE.neutral;
  return {
    voice: voice?.variant ? `${language}+${voice.variant}` : language,
    pitch: clamp((voice?.pitch ?? DEFAULT_PITCH) + nudge.pitch, 0, 99),
    speed: clamp((voice?.speed ?? DEFAULT_SPEED) + nudge.speed, 80, 260),
  };
}

/** The settings as one readable string, e.g. "fr+f3 -p 50 -s 160": stored in the manifest and hashed into the key. */
export function describeVoice(settings: VoiceSettings): string {
  return `${settings.voice} -p ${settings.pitch} -s ${settings.speed}`;
}

/** The espeak-ng arguments that select these settings. */
export function espeakVoiceArgs(settings: VoiceSettings): string[] {
  return ['-v', settings.voice, '-p', String(settings.pitch), '-s', String(settings.speed)];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}
