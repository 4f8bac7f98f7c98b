import type { StateCreator } from 'zustand';
import type { ScenarioCard } from '../core/scenario/scenario-card';
import type { AppState } from './app-store';

/** A scenario file a trainer loaded from disk to try: kept in memory only, never uploaded. */
export interface UploadedScenario {
  card: ScenarioCard;
  text: string;
}

export interface UploadsSlice {
  uploads: Record<string, UploadedScenario>;
  addUpload: (upload: UploadedScenario) => void;
}

export const createUploadsSlice: StateCreator<AppState, [], [], UploadsSlice> = (set) => ({
  uploads: {},
  addUpload: (upload) => set((state) => ({ uploads: { ...state.uploads, [upload.card.id]: upload } })),
});
