import type { StateCreator } from 'zustand';
import { isLanguage, type Language } from '../core/i18n/localized';
import type { AppState } from './app-store';

export interface SettingsSlice {
  language: Language;
  volume: number;
  muted: boolean;
  /** Lines without a clip are read by the browser's speech synthesis, when it has a voice. */
  speechFallback: boolean;
  /** "Hear yourself": the agent says each answer out loud (recorded on the device) before choosing. */
  answerOutLoud: boolean;
  setLanguage: (language: Language) => void;
  setVolume: (volume: number) => void;
  setMuted: (muted: boolean) => void;
  setSpeechFallback: (on: boolean) => void;
  setAnswerOutLoud: (on: boolean) => void;
}

export type Settings = Pick<SettingsSlice, 'language' | 'volume' | 'muted' | 'speechFallback' | 'answerOutLoud'>;

export const createSettingsSlice =
  (initialLanguage: Language): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    language: initialLanguage,
    volume: 0.8,
    muted: false,
    speechFallback: true,
    answerOutLoud: false,
    setLanguage: (language) => set({ language }),
    setVolume: (volume) => set({ volume: Math.min(1, Math.max(0, volume)) }),
    setMuted: (muted) => set({ muted }),
    setSpeechFallback: (speechFallback) => set({ speechFallback }),
    setAnswerOutLoud: (answerOutLoud) => set({ answerOutLoud }),
  });

/** Stored settings are repaired, never trusted: a bad value falls back to the current one. */
export function repairSettings(stored: unknown, current: Settings): Settings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return {
    language: isLanguage(value.language) ? value.language : current.language,
    volume: typeof value.volume === 'number' && value.volume >= 0 && value.volume <= 1 ? value.volume : current.volume,
    muted: typeof value.muted === 'boolean' ? value.muted : current.muted,
    speechFallback: typeof value.speechFallback === 'boolean' ? value.speechFallback : current.speechFallback,
    answerOutLoud: typeof value.answerOutLoud === 'boolean' ? value.answerOutLoud : current.answerOutLoud,
  };
}
