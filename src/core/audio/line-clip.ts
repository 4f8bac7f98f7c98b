/** The generated clip a customer line would play: its key and everything that went into it. */
import type { Line, Scenario } from '../scenario/scenario-types';
import { clipKey } from './clip-key';
import { describeVoice, voiceSettings, type VoiceSettings } from './voice-settings';

export interface LineClip {
  key: string;
  locale: string;
  text: string;
  /** `describeVoice(settings)`. */
  voice: string;
  settings: VoiceSettings;
}

export function lineClip(scenario: Pick<Scenario, 'locale' | 'persona'>, line: Pick<Line, 'text' | 'mood'>): LineClip {
  const settings = voiceSettings(scenario.locale, scenario.persona.voice, line.mood);
  const voice = describeVoice(settings);
  const identity = { locale: scenario.locale, voice, text: line.text };
  return { key: clipKey(identity), ...identity, settings };
}
