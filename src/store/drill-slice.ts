import type { StateCreator } from 'zustand';
import type { DrillFocus } from '../core/drills/plan-drill';
import type { AppState } from './app-store';

/** Today's drill as planned, and the calls done so far: kept so a drill cut short resumes where it stopped. */
export interface DrillSession {
  day: number;
  calls: string[];
  done: string[];
  focus: DrillFocus[];
}

export interface DrillSlice {
  drill: DrillSession | undefined;
  startDrill: (session: DrillSession) => void;
  markDrillCallDone: (scenarioId: string) => void;
}

export const createDrillSlice: StateCreator<AppState, [], [], DrillSlice> = (set) => ({
  drill: undefined,
  startDrill: (drill) => set({ drill }),
  markDrillCallDone: (scenarioId) =>
    set((state) => (state.drill && !state.drill.done.includes(scenarioId) ? { drill: { ...state.drill, done: [...state.drill.done, scenarioId] } } : {})),
});

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A stored drill is repaired, never trusted: anything malformed is forgotten (it is only a plan). */
export function repairDrill(stored: unknown): DrillSession | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const { day, calls, done, focus } = stored as Record<string, unknown>;
  if (typeof day !== 'number' || !Number.isInteger(day) || !isStrings(calls) || !isStrings(done)) return undefined;
  const cleanFocus = Array.isArray(focus) ? (focus.filter((f) => f && typeof f === 'object' && typeof (f as DrillFocus).skill === 'string' && typeof (f as DrillFocus).reason === 'string') as DrillFocus[]) : [];
  return { day, calls, done: done.filter((id) => calls.includes(id)), focus: cleanFocus };
}
