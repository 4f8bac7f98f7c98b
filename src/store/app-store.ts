/**
 * The app's one zustand store, built from slices (settings, navigation, uploaded files, today's
 * drill, challenges under way). Settings, today's drill and challenges under way persist
 * (localStorage); they are repaired on load, never trusted.
 * The call itself is not mirrored here: it lives in the engine, and the call screen subscribes to it.
 */
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Language } from '../core/i18n/localized';
import { createChallengeSlice, repairChallengeRuns, type ChallengeSlice } from './challenge-slice';
import { createDrillSlice, repairDrill, type DrillSlice } from './drill-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import type { Screen } from './screen';
import { createSettingsSlice, repairSettings, type SettingsSlice } from './settings-slice';
import { createUploadsSlice, type UploadsSlice } from './uploads-slice';

export type AppState = SettingsSlice & NavigationSlice & UploadsSlice & DrillSlice & ChallengeSlice;

export interface StoreOptions {
  language: Language;
  screen: Screen;
  storage: StateStorage;
}

export const SETTINGS_KEY = 'callcourt.settings';

export function createAppStore({ language, screen, storage }: StoreOptions) {
  return create<AppState>()(
    persist(
      (...a) => ({ ...createSettingsSlice(language)(...a), ...createNavigationSlice(screen)(...a), ...createUploadsSlice(...a), ...createDrillSlice(...a), ...createChallengeSlice(...a) }),
      {
        name: SETTINGS_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (state) => ({
          language: state.language,
          volume: state.volume,
          muted: state.muted,
          speechFallback: state.speechFallback,
          answerOutLoud: state.answerOutLoud,
          drill: state.drill,
          challengeRuns: state.challengeRuns,
        }),
        merge: (stored, current) => ({
          ...current,
          ...repairSettings(stored, current),
          drill: repairDrill((stored as { drill?: unknown } | undefined)?.drill),
          challengeRuns: repairChallengeRuns((stored as { challengeRuns?: unknown } | undefined)?.challengeRuns),
        }),
      },
    ),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
