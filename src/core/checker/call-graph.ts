/**
 * The call as a graph for static analysis: one node per state, one edge per way the call can move
 * on (an option's branch, a declared reaction to a phone control such as `call.hold`, a timer's
 * branch, a route's branch). The engine's default reactions to the controls (a transfer or a long
 * hold ending the call) are outside the script and are not edges: they would make every state
 * look able to end. Guards only read the mood, so each
 * branch is evaluated for all seven moods: a branch no mood can take is no edge. Which mood the
 * customer is actually in when the call reaches a state is not tracked (any mood is assumed), so
 * the graph may hold a move the call can never make, but never lacks one it can.
 */
import type { JsonPath } from '../scenario/finding';
import type { BehaviourRef, Effects, TransitionsConfig } from '../scenario/scenario-schema';
import type { Scenario } from '../scenario/scenario-types';
import { branchesOf } from '../scenario/transitions';
import { EVERY_MOOD, guardMask, NO_MOOD, type MoodMask } from './mood-mask';

/** `control`: a state's declared reaction to a phone control (hold, transfer…); the phone's controls can be used in any decision state. */
export type MoveKind = 'option' | 'control' | 'timer' | 'route';

export interface CallEdge {
  to: number;
  kind: MoveKind;
  /** 1 when the agent answers (an option), 0 for a phone control, a timer or a route. */
  decisions: 0 | 1;
  effects: Effects;
}

/** One branch as written in the file, with the moods under which the call takes it. */
export interface BranchSite {
  state: string;
  kind: MoveKind;
  /** The option's or control's event name, or the timer's delay; `always` for a route. */
  name: string;
  index: number;
  path: JsonPath;
  /** Moods under which this branch is the one taken: its guard passes and every earlier one fails. */
  takenWhen: MoodMask;
  /** An earlier branch of the same list has no guard. */
  afterUnguarded: boolean;
}

export interface CallGraph {
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  initial: number;
  isFinal: readonly boolean[];
  /** Distinct moves out of each state (one per option, control reaction, timer or route and target). */
  out: readonly (readonly CallEdge[])[];
  /** Moods under which a state lets the call move on: an option is offered, a control reaction, a timer or a route branch applies. */
  movesOn: readonly MoodMask[];
  branches: readonly BranchSite[];
}

export function buildCallGraph(scenario: Scenario): CallGraph {
  const ids = scenario.stateIds;
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const out: CallEdge[][] = ids.map(() => []);
  const movesOn: MoodMask[] = ids.map(() => NO_MOOD);
  const branches: BranchSite[] = [];
  const masks = new Map<string, MoodMask>();
  const maskOf = (guard: BehaviourRef | undefined): MoodMask => {
    if (guard === undefined) return EVERY_MOOD;
    const key = JSON.stringify(guard);
    const mask = masks.get(key) ?? guardMask(guard);
    masks.set(key, mask);
    return mask;
  };

  ids.forEach((id, from) => {
    const state = scenario.states[id];
    const config = scenario.config.states[id];
    if (!state || !config) return;
    const edges = out[from] ?? [];
    const added = new Set<string>();

    const addMoves = (value: TransitionsConfig | undefined, path: JsonPath, kind: MoveKind, name: string, effects: Effects): void => {
      let covered = NO_MOOD;
      let afterUnguarded = false;
      for (const { branch, path: at, index } of branchesOf(value, path)) {
        const passes = maskOf(branch.guard);
        const takenWhen = passes & ~covered;
        branches.push({ state: id, kind, name, index, path: at, takenWhen, afterUnguarded });
        covered |= passes;
        afterUnguarded ||= branch.guard === undefined;
        const to = branch.target === undefined ? undefined : indexOf.get(branch.target);
        const key = `${kind}\u0000${name}\u0000${to}`;
        if (takenWhen === NO_MOOD || to === undefined || added.has(key)) continue;
        added.add(key);
        edges.push({ to, kind, decisions: kind === 'option' ? 1 : 0, effects });
      }
      movesOn[from] = (movesOn[from] ?? NO_MOOD) | covered;
    };

    for (const option of state.options) {
      addMoves(config.on?.[option.id], ['states', id, 'on', option.id], 'option', option.id, option.effects);
    }
    for (const control of state.controls) {
      addMoves(config.on?.[control.event], ['states', id, 'on', control.event], 'control', control.event, control.effects);
    }
    for (const [delay, value] of Object.entries(config.after ?? {})) {
      const effects = state.timers.find((timer) => timer.delay === delay)?.effects ?? {};
      addMoves(value, ['states', id, 'after', delay], 'timer', delay, effects);
    }
    addMoves(config.always, ['states', id, 'always'], 'route', 'always', {});
  });

  return {
    ids,
    indexOf,
    initial: indexOf.get(scenario.initial) ?? 0,
    isFinal: ids.map((id) => scenario.states[id]?.kind === 'final'),
    out,
    movesOn,
    branches,
  };
}
