import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { Screen } from './screen';

export interface NavigationSlice {
  screen: Screen;
  /** Increments each time a call screen is (re)opened, so "play again" starts a fresh call. */
  visit: number;
  go: (screen: Screen) => void;
}

export const createNavigationSlice =
  (initial: Screen): StateCreator<AppState, [], [], NavigationSlice> =>
  (set) => ({
    screen: initial,
    visit: 0,
    go: (screen) => set((state) => ({ screen, visit: state.visit + 1 })),
  });
