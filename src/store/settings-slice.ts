import type { StateCreator } from 'zustand';
import { isLanguage, type Language } from '../core/i18n/localized';
import type { AppState } from './app-store';

export interface SettingsSlice {
  language: Language;
  volume: number;
  muted: boolean;
  setLanguage: (language: Language) => void;
  setVolume: (volume: number) => void;
  setMuted: (muted: boolean) => void;
}

export type Settings = Pick<SettingsSlice, 'language' | 'volume' | 'muted'>;

export const createSettingsSlice =
  (initialLanguage: Language): StateCreator<AppState, [], [], SettingsSlice> =>
  (set) => ({
    language: initialLanguage,
    volume: 0.8,
    muted: false,
    setLanguage: (language) => set({ language }),
    setVolume: (volume) => set({ volume: Math.min(1, Math.max(0, volume)) }),
    setMuted: (muted) => set({ muted }),
  });

/** Stored settings are repaired, never trusted: a bad value falls back to the current one. */
export function repairSettings(stored: unknown, current: Settings): Settings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return {
    language: isLanguage(value.language) ? value.language : current.language,
    volume: typeof value.volume === 'number' && value.volume >= 0 && value.volume <= 1 ? value.volume : current.volume,
    muted: typeof value.muted === 'boolean' ? value.muted : current.muted,
  };
}
