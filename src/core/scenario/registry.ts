/**
 * The behaviour registry: every action, guard and delay a scenario may name.
 * Scenario files are data and reference behaviour by name (xstate's `{ type, params }`);
 * the engine supplies the implementations from here. An unknown name is a load error.
 * docs/scenario-format.md documents this table for trainers; tests keep the two in step.
 */
import * as z from 'zod/mini';
import { MOOD_NAMES, clampMood, moodValue, type MoodName } from './moods';
import type { Persona } from './scenario-types';

const moodStep = z.optional(z.int().check(z.minimum(1), z.maximum(3)));

interface RegistryEntry<P> {
  description: string;
  params: z.ZodMiniType<P>;
  /** True when the entry cannot be used without params. */
  paramsRequired: boolean;
}

export interface ActionEntry<P = unknown> extends RegistryEntry<P> {
  /** Pure effect on the customer's mood. */
  mood: (mood: number, params: P) => number;
}
export interface GuardEntry<P = unknown> extends RegistryEntry<P> {
  test: (mood: number, params: P) => boolean;
}
export interface DelayEntry {
  description: string;
  /** Milliseconds for this persona. */
  ms: (persona: Persona) => number;
}

function action<P>(entry: ActionEntry<P>): ActionEntry<P> {
  return entry;
}
function guard<P>(entry: GuardEntry<P>): GuardEntry<P> {
  return entry;
}

const moodParams = z.strictObject({ mood: z.enum(MOOD_NAMES) });
type MoodParams = { mood: MoodName };

export const ACTIONS = {
  moodUp: action<{ by?: number } | undefined>({
    description: 'The customer feels better: mood rises by `by` steps (1 to 3, default 1).',
    params: z.optional(z.strictObject({ by: moodStep })),
    paramsRequired: false,
    mood: (mood, params) => clampMood(mood + (params?.by ?? 1)),
  }),
  moodDown: action<{ by?: number } | undefined>({
    description: 'The customer feels worse: mood falls by `by` steps (1 to 3, default 1).',
    params: z.optional(z.strictObject({ by: moodStep })),
    paramsRequired: false,
    mood: (mood, params) => clampMood(mood - (params?.by ?? 1)),
  }),
  setMood: action<MoodParams>({
    description: 'Sets the mood to a named level, whatever it was.',
    params: moodParams,
    paramsRequired: true,
    mood: (_mood, params) => moodValue(params.mood),
  }),
} as const;

export const GUARDS = {
  moodAtLeast: guard<MoodParams>({
    description: 'Passes when the mood is at this level or better.',
    params: moodParams,
    paramsRequired: true,
    test: (mood, params) => mood >= moodValue(params.mood),
  }),
  moodAtMost: guard<MoodParams>({
    description: 'Passes when the mood is at this level or worse.',
    params: moodParams,
    paramsRequired: true,
    test: (mood, params) => mood <= moodValue(params.mood),
  }),
} as const;

/** Default patience when the persona does not set `patienceSeconds`. */
export const DEFAULT_PATIENCE_SECONDS = 20;

export const DELAYS = {
  patience: {
    description: "The persona's patience: `meta.persona.patienceSeconds` (default 20 s) before they react to no answer.",
    ms: (persona) => (persona.patienceSeconds ?? DEFAULT_PATIENCE_SECONDS) * 1000,
  },
  shortPatience: {
    description: 'A tight answer window (8 s): peak hour, a caller who will not wait.',
    ms: () => 8_000,
  },
  longPatience: {
    description: 'A generous answer window (45 s): a calm caller, or a task that takes time.',
    ms: () => 45_000,
  },
  silence: {
    description: 'Dead air (10 s): past this, unexplained silence is penalised and the customer wonders if the line dropped.',
    ms: () => 10_000,
  },
  holdCheckBack: {
    description: 'Hold check-back norm (45 s): return to a held customer within 30-60 s.',
    ms: () => 45_000,
  },
  holdLimit: {
    description: 'Longest hold a customer accepts (120 s) before hanging up.',
    ms: () => 120_000,
  },
} as const satisfies Record<string, DelayEntry>;

export type ActionName = keyof typeof ACTIONS;
export type GuardName = keyof typeof GUARDS;
export type DelayName = keyof typeof DELAYS;

export const ACTION_NAMES = Object.keys(ACTIONS) as ActionName[];
export const GUARD_NAMES = Object.keys(GUARDS) as GuardName[];
export const DELAY_NAMES = Object.keys(DELAYS) as DelayName[];

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}
export function isGuardName(name: string): name is GuardName {
  return Object.hasOwn(GUARDS, name);
}
export function isDelayName(name: string): name is DelayName {
  return Object.hasOwn(DELAYS, name);
}

/** Applies a named action to a mood (params already validated at load). */
export function applyAction(name: ActionName, mood: number, params: unknown): number {
  return (ACTIONS[name] as ActionEntry).mood(mood, params);
}
export function testGuard(name: GuardName, mood: number, params: unknown): boolean {
  return (GUARDS[name] as GuardEntry).test(mood, params);
}
