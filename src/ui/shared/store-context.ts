/** The app store for components deep in the tree (sound settings during a call…), one selector at a time. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../../store/app-store';

export const StoreContext = createContext<AppStore | undefined>(undefined);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider> above it');
  return useStore(store, selector);
}
