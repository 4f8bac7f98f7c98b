/**
 * Joins a scenario's machine config (data) to the registry's implementations (code), by name,
 * the way xstate's `setup({ actions, guards, delays })` intends. The config goes in unchanged;
 * only the starting context (the persona's mood) is added.
 */
import { assign, createMachine, type AnyStateMachine } from 'xstate';
import { moodValue } from '../scenario/moods';
import { ACTION_NAMES, DELAY_NAMES, DELAYS, GUARD_NAMES, applyAction, testGuard } from '../scenario/registry';
import type { Scenario } from '../scenario/scenario-types';

export interface CallContext {
  mood: number;
}

type Args = { context: CallContext };

const actions = Object.fromEntries(
  ACTION_NAMES.map((name) => [name, assign(({ context }: Args, params: unknown) => ({ mood: applyAction(name, context.mood, params) }))]),
);
const guards = Object.fromEntries(GUARD_NAMES.map((name) => [name, ({ context }: Args, params: unknown) => testGuard(name, context.mood, params)]));

const cache = new WeakMap<Scenario, AnyStateMachine>();

export function buildMachine(scenario: Scenario): AnyStateMachine {
  let machine = cache.get(scenario);
  if (!machine) {
    const config = { ...(scenario.config as object), context: { mood: moodValue(scenario.persona.mood) } };
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
