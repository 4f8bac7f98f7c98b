/**
 * Joins a scenario's machine config (data) to the registry's implementations (code), by name,
 * the way xstate's `setup({ actions, guards, delays })` intends. The scenario's states and
 * transitions go in unchanged; the engine adds only its own bookkeeping:
 *  - the starting context (the persona's mood);
 *  - a root handler for `call.mood`, the event the engine's default reactions to the phone's
 *    controls use to move the mood (scenarios cannot name it: `call.*` is reserved);
 *  - a count of state entries, so the engine can tell a transition that re-enters its own state
 *    (the customer speaks again, timers restart) from one that does not.
 */
import { assign, createMachine, type AnyStateMachine } from 'xstate';
import { clampMood, moodValue } from '../scenario/moods';
import { ACTION_NAMES, DELAY_NAMES, DELAYS, GUARD_NAMES, applyAction, testGuard } from '../scenario/registry';
import type { Scenario } from '../scenario/scenario-types';

export interface CallContext {
  mood: number;
  /** How many times a state has been entered since the call started. */
  entries: number;
}

/** Sent by the engine to move the mood by `by` steps (negative: worse). */
export const MOOD_EVENT = 'call.mood';
export interface MoodEvent {
  type: typeof MOOD_EVENT;
  by: number;
}

type Args = { context: CallContext };

const actions = Object.fromEntries(
  ACTION_NAMES.map((name) => [name, assign(({ context }: Args, params: unknown) => ({ mood: applyAction(name, context.mood, params) }))]),
);
const guards = Object.fromEntries(GUARD_NAMES.map((name) => [name, ({ context }: Args, params: unknown) => testGuard(name, context.mood, params)]));

const countEntry = assign(({ context }: Args) => ({ entries: context.entries + 1 }));
const moveMood = assign(({ context, event }: Args & { event: MoodEvent }) => ({ mood: clampMood(context.mood + event.by) }));

type StateConfig = Record<string, unknown> & { entry?: unknown };

const cache = new WeakMap<Scenario, AnyStateMachine>();

export function buildMachine(scenario: Scenario): AnyStateMachine {
  let machine = cache.get(scenario);
  if (!machine) {
    const file = scenario.config as unknown as { states: Record<string, StateConfig> };
    const states = Object.fromEntries(
      Object.entries(file.states).map(([id, state]) => {
        const entry = state.entry === undefined ? [] : Array.isArray(state.entry) ? state.entry : [state.entry];
        return [id, { ...state, entry: [...entry, countEntry] }];
      }),
    );
    const config = {
      ...(scenario.config as object),
      states,
      context: { mood: moodValue(scenario.persona.mood), entries: 0 },
      on: { [MOOD_EVENT]: { actions: moveMood } },
    };
    // The config comes from a JSON file, so xstate cannot type its events; the parser has checked it.
    machine = (createMachine(config as never) as AnyStateMachine).provide({
      actions,
      guards,
      delays: Object.fromEntries(DELAY_NAMES.map((name) => [name, DELAYS[name].ms(scenario.persona)])),
    } as never);
    cache.set(scenario, machine);
  }
  return machine;
}
