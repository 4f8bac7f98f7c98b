/**
 * Load-time checks that need the whole file: targets exist, behaviour names are in the registry
 * with valid params, options, timers and phone-control reactions (`call.hold`…) carry their
 * meta, finals carry an outcome.
 * Structure was already checked by the schema.
 */
import type { JsonPath } from './finding';
import { CONTROL_EVENT_NAMES, isControlEventName } from './phone-controls';
import { ACTIONS, DELAY_NAMES, GUARDS, isActionName, isDelayName, isGuardName } from './registry';
import { describeIssues } from './schema-issues';
import { EVENT_KEY_PATTERN, STATE_KEY_PATTERN } from './format-constants';
import type { ScenarioFile, TransitionsConfig } from './scenario-schema';
import { didYouMean, listNames } from './suggest';
import { branchesOf, refsOf, type RefAt } from './transitions';

export type Report = (path: JsonPath, code: string, message: string, atKey?: boolean) => void;

const RESERVED_EVENT = /^(xstate|call)\./;

export function checkReferences(file: ScenarioFile, report: Report): void {
  const stateIds = Object.keys(file.states);

  if (file.id !== undefined && file.id !== file.meta.id) {
    report(['id'], 'id-mismatch', `machine id "${file.id}" differs from meta.id "${file.meta.id}"; remove one or make them equal`);
  }
  if (!Object.hasOwn(file.states, file.initial)) {
    report(['initial'], 'missing-initial', `initial state "${file.initial}" does not exist${didYouMean(file.initial, stateIds)}; states are: ${listNames(stateIds)}`);
  }

  const checkRefs = (refs: RefAt[], kind: 'action' | 'guard'): void => {
    for (const ref of refs) {
      const known = kind === 'action' ? isActionName(ref.type) : isGuardName(ref.type);
      const names = Object.keys(kind === 'action' ? ACTIONS : GUARDS);
      if (!known) {
        report(ref.path, `unknown-${kind}`, `unknown ${kind} "${ref.type}"${didYouMean(ref.type, names)}; known ${kind}s: ${listNames(names)}`);
        continue;
      }
      const entry = kind === 'action' ? ACTIONS[ref.type as keyof typeof ACTIONS] : GUARDS[ref.type as keyof typeof GUARDS];
      if (ref.params === undefined && entry.paramsRequired) {
        report(ref.path, 'bad-params', `${kind} "${ref.type}" needs params: ${entry.description}`);
        continue;
      }
      const result = entry.params.safeParse(ref.params);
      if (!result.success) {
        const paramsPath = [...ref.path.slice(0, -1), 'params'];
        for (const problem of describeIssues(result.error.issues, ref.params)) {
          report([...paramsPath, ...problem.path], 'bad-params', `${kind} "${ref.type}": ${problem.message}`, problem.atKey);
        }
      }
    }
  };

  const checkTarget = (target: string | undefined, path: JsonPath): void => {
    if (target === undefined) {
      report(path, 'missing-target', 'needs a "target": the state this leads to');
    } else if (!Object.hasOwn(file.states, target)) {
      const hint = /^[#.]/.test(target) ? '; write the plain state name, without "#" or "."' : didYouMean(target, stateIds);
      report([...path, 'target'], 'unknown-target', `target state "${target}" does not exist${hint}`);
    }
  };

  const checkTransitions = (value: TransitionsConfig | undefined, path: JsonPath, kind: 'option' | 'timer' | 'route' | 'control'): void => {
    for (const { branch, path: at, index } of branchesOf(value, path)) {
      checkTarget(branch.target, at);
      checkRefs(refsOf(branch.guard, [...at, 'guard']), 'guard');
      checkRefs(refsOf(branch.actions, [...at, 'actions']), 'action');
      const meta = branch.meta;
      if (kind !== 'control' && meta?.control) {
        report([...at, 'meta', 'control'], 'misplaced-meta', 'meta.control belongs on a reaction to a phone control (a "call.*" key under "on")');
      }
      if (kind === 'control') {
        if (meta?.option) report([...at, 'meta', 'option'], 'misplaced-meta', 'a reaction to a phone control is not an option: use meta.control for its feedback and effects');
        if (meta?.timeout) report([...at, 'meta', 'timeout'], 'misplaced-meta', 'meta.timeout belongs on a timer (under "after"), not on a phone control');
        if (index > 0 && meta?.control) report([...at, 'meta', 'control'], 'option-on-later-branch', 'put meta.control on the first branch only');
      } else if (kind === 'option') {
        if (index === 0 && !meta?.option) {
          report(at, 'missing-option', "an option needs meta.option with the agent's words (text), skill effects and the coach's feedback");
        }
        if (index > 0 && meta?.option) {
          report([...at, 'meta', 'option'], 'option-on-later-branch', 'put meta.option on the first branch only: later branches are other reactions to the same words');
        }
        if (meta?.timeout) report([...at, 'meta', 'timeout'], 'misplaced-meta', 'meta.timeout belongs on a timer (under "after"), not on an option');
      } else {
        if (meta?.option) {
          report([...at, 'meta', 'option'], 'misplaced-meta', kind === 'timer' ? 'a timer is not an option: use meta.timeout for its feedback' : 'a routing transition is not an option');
        }
        if (kind === 'route' && meta?.timeout) report([...at, 'meta', 'timeout'], 'misplaced-meta', 'meta.timeout belongs on a timer (under "after")');
        if (kind === 'timer' && index > 0 && meta?.timeout) {
          report([...at, 'meta', 'timeout'], 'option-on-later-branch', 'put meta.timeout on the first branch only');
        }
      }
    }
  };

  /** The agent has hung up: the call cannot go on, so every branch of `call.hangup` must end it. */
  const checkHangUpTargets = (value: TransitionsConfig | undefined, path: JsonPath): void => {
    for (const { branch, path: at } of branchesOf(value, path)) {
      const target = branch.target;
      if (target === undefined || !Object.hasOwn(file.states, target) || file.states[target]?.type === 'final') continue;
      report([...at, 'target'], 'hangup-not-final', `"call.hangup" ends the call, so it must lead to a final state; "${target}" is not one`);
    }
  };

  for (const [id, state] of Object.entries(file.states)) {
    const path: JsonPath = ['states', id];
    if (!STATE_KEY_PATTERN.test(id)) {
      report(path, 'bad-state-id', `state name "${id}" must start with a letter and use only letters, digits, "-" and "_"`, true);
    }
    checkRefs(refsOf(state.entry, [...path, 'entry']), 'action');
    checkRefs(refsOf(state.exit, [...path, 'exit']), 'action');
    state.meta?.variants?.forEach((variant, index) => {
      if (!variant.when.moodAtLeast && !variant.when.moodAtMost) {
        report([...path, 'meta', 'variants', index, 'when'], 'empty-condition', 'a variant needs "moodAtLeast" or "moodAtMost"');
      }
    });

    if (state.type === 'final') {
      for (const key of ['on', 'after', 'always'] as const) {
        if (state[key] !== undefined) report([...path, key], 'final-with-transitions', `a final state ends the call: remove "${key}"`, true);
      }
      if (!state.meta?.outcome) report(path, 'missing-outcome', 'a final state needs meta.outcome (kind and summary)');
      continue;
    }

    if (state.meta?.outcome) report([...path, 'meta', 'outcome'], 'outcome-on-non-final', 'only a final state ("type": "final") has an outcome', true);
    if (state.always !== undefined) {
      if (state.on || state.after) {
        report([...path, 'always'], 'route-with-options', 'a routing state ("always") moves on at once: its options and timers could never be used', true);
      }
    } else if (!state.meta?.line) {
      report(path, 'missing-line', 'the customer says nothing here: add meta.line with the text');
    }

    for (const [event, value] of Object.entries(state.on ?? {})) {
      const at: JsonPath = [...path, 'on', event];
      if (isControlEventName(event)) {
        checkTransitions(value, at, 'control');
        if (event === 'call.hangup') checkHangUpTargets(value, at);
        continue;
      }
      if (event.startsWith('call.')) {
        report(
          at,
          'bad-option-id',
          `"${event}" is not a phone control${didYouMean(event, CONTROL_EVENT_NAMES)}; names starting with "call." are reserved: a state may react to ${listNames(CONTROL_EVENT_NAMES)}`,
          true,
        );
        continue;
      }
      if (!EVENT_KEY_PATTERN.test(event) || RESERVED_EVENT.test(event)) {
        report(at, 'bad-option-id', `option name "${event}" must start with a letter, use letters, digits, ".", "-", "_", and not start with "xstate." or "call."`, true);
      }
      if (typeof value === 'string') {
        report(at, 'missing-option', "an option needs meta.option with the agent's words (text), skill effects and the coach's feedback");
        continue;
      }
      checkTransitions(value, at, 'option');
    }
    for (const [delay, value] of Object.entries(state.after ?? {})) {
      const at: JsonPath = [...path, 'after', delay];
      if (!isDelayName(delay)) {
        report(at, 'unknown-delay', `unknown delay "${delay}"${didYouMean(delay, DELAY_NAMES)}; known delays: ${listNames(DELAY_NAMES)}`, true);
      }
      checkTransitions(value, at, 'timer');
    }
    checkTransitions(state.always, [...path, 'always'], 'route');
  }
}
