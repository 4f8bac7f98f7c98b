/**
 * Reads a call's event log against its scenario and explains each moment, in order: the pick-up,
 * every decision met (an answer or a timeout) with what was at stake, every use of the phone's
 * controls and check-back missed on hold, and the end. Every point the score gives or takes comes
 * from an item here.
 */
import type { CallEvent, ControlEntry, HoldCheckMissedEntry } from '../engine/call-log';
import type { Scenario, ScenarioOption, ScenarioState } from '../scenario/scenario-types';
import { answerPenalties, isUnderPressure, timeoutPenalties } from './answer-penalties';
import { bestOption, isAsGoodAsBest } from './best-option';
import { checkBackPenalties, controlPenalties, endPenalties, pickupPenalties } from './phone-penalties';
import { readingAllowanceMs } from './reading-allowance';
import type { ControlItem, DebriefItem, DecisionItem, HoldCheckMissedItem, OptionView, TimeoutItem } from './score-types';
import { skillsAtAnswer, skillsAtControl, skillsAtTimeout } from './skills-at-decision';

function view(option: ScenarioOption): OptionView {
  return {
    id: option.id,
    text: option.text,
    feedback: option.feedback,
    effects: option.effects,
    ...(option.fatal ? { fatal: option.fatal } : {}),
  };
}

function offeredOptions(state: ScenarioState | undefined, ids: readonly string[]): ScenarioOption[] {
  if (!state) return [];
  return ids.flatMap((id) => state.options.find((option) => option.id === id) ?? []);
}

type LineEvent = Extract<CallEvent, { type: 'line' }>;
type DecisionEvent = Extract<CallEvent, { type: 'decision' }>;
type TimeoutEvent = Extract<CallEvent, { type: 'timeout' }>;

function context(scenario: Scenario, event: DecisionEvent | TimeoutEvent, lastLine: LineEvent | undefined, index: number) {
  const state = scenario.states[event.stateId];
  const options = offeredOptions(state, event.offered);
  const line = lastLine?.stateId === event.stateId ? lastLine : undefined;
  const speakingMs = line?.speakingMs ?? 0;
  const allowanceMs = readingAllowanceMs(line?.text, options, speakingMs);
  const best = bestOption(options);
  return {
    state,
    options,
    base: {
      index,
      at: event.at,
      stateId: event.stateId,
      ...(state?.title ? { stateTitle: state.title } : {}),
      ...(line ? { line: line.text } : {}),
      ...(line?.speakingMs !== undefined ? { speakingMs: line.speakingMs } : {}),
      allowanceMs,
      offered: options.map(view),
      ...(best ? { bestOption: view(best) } : {}),
      ...(!state || options.length < event.offered.length ? { unmatched: true } : {}),
    },
    underPressure: isUnderPressure(line?.mood, state),
  };
}

function decisionItem(scenario: Scenario, event: DecisionEvent, lastLine: LineEvent | undefined, index: number): DecisionItem {
  const { state, options, base, underPressure } = context(scenario, event, lastLine, index);
  const option = state?.options.find((o) => o.id === event.optionId);
  const chosen: OptionView = option ? view(option) : { id: event.optionId, text: event.text, feedback: '', effects: {} };
  const { penalties, warnings } = answerPenalties(event.responseMs, base.allowanceMs, underPressure);
  return {
    kind: 'decision',
    ...base,
    ...(option ? {} : { unmatched: true }),
    responseMs: event.responseMs,
    chosen,
    chosenIsBest: isAsGoodAsBest(chosen, base.bestOption),
    skills: option ? skillsAtAnswer(options, option.effects) : [],
    penalties,
    warnings,
  };
}

function timeoutItem(scenario: Scenario, event: TimeoutEvent, lastLine: LineEvent | undefined, index: number): TimeoutItem {
  const { state, options, base } = context(scenario, event, lastLine, index);
  const timer = state?.timers.find((t) => t.delay === event.delay);
  const effects = timer?.effects ?? {};
  const text = event.text ?? timer?.text;
  return {
    kind: 'timeout',
    ...base,
    responseMs: event.waitedMs,
    delay: event.delay,
    ...(text ? { text } : {}),
    ...(timer?.feedback ? { feedback: timer.feedback } : {}),
    effects,
    skills: skillsAtTimeout(options, effects),
    penalties: timeoutPenalties(event.delay, event.waitedMs, options.length),
    warnings: [],
  };
}

/**
 * A phone control. A declared reaction (`reaction: 'scenario'`) is read from the state's `controls`
 * and scored by its effects; a default one by the norms' penalties.
 */
function controlItem(scenario: Scenario, entry: ControlEntry, index: number): ControlItem {
  const { type: _type, ...logged } = entry;
  const state = scenario.states[entry.stateId];
  const declared = entry.reaction === 'scenario' ? state?.controls.find((c) => c.control === entry.control) : undefined;
  const effects = declared?.effects ?? {};
  return {
    ...logged,
    kind: 'control',
    index,
    ...(state?.title ? { stateTitle: state.title } : {}),
    ...(declared?.feedback ? { feedback: declared.feedback } : {}),
    effects,
    skills: skillsAtControl(effects),
    penalties: controlPenalties(entry),
    ...(entry.reaction === 'scenario' && !declared ? { unmatched: true } : {}),
  };
}

function holdCheckItem(scenario: Scenario, entry: HoldCheckMissedEntry, index: number): HoldCheckMissedItem {
  const { type: _type, ...logged } = entry;
  const title = scenario.states[entry.stateId]?.title;
  return { ...logged, kind: 'hold-check-missed', index, ...(title ? { stateTitle: title } : {}), penalties: checkBackPenalties(entry.heldMs) };
}

/** When the hold in progress after this control began (undefined: the customer is not on hold). */
function holdAfter(entry: ControlEntry, holdSince: number | undefined): number | undefined {
  switch (entry.control) {
    case 'hold':
      return entry.at;
    case 'resume':
    case 'transfer-warm':
    case 'transfer-cold':
    case 'hangup':
      return undefined;
    case 'mute':
    case 'unmute':
      return holdSince;
  }
}

export function buildDebrief(scenario: Scenario, log: readonly CallEvent[]): DebriefItem[] {
  const items: DebriefItem[] = [];
  let lastLine: LineEvent | undefined;
  let pickedUp = false;
  /** Call time the current hold began, while the customer is on hold. */
  let holdSince: number | undefined;
  for (const event of log) {
    switch (event.type) {
      case 'pickup':
        pickedUp = true;
        items.push({ kind: 'pickup', index: items.length, ringMs: event.ringMs, answered: true, penalties: pickupPenalties(event.ringMs, true) });
        break;
      case 'line':
        lastLine = event;
        break;
      case 'decision':
        items.push(decisionItem(scenario, event, lastLine, items.length));
        break;
      case 'timeout':
        items.push(timeoutItem(scenario, event, lastLine, items.length));
        break;
      case 'control':
        items.push(controlItem(scenario, event, items.length));
        holdSince = holdAfter(event, holdSince);
        break;
      case 'hold-check-missed':
        items.push(holdCheckItem(scenario, event, items.length));
        break;
      case 'end': {
        if (!pickedUp) items.push({ kind: 'pickup', index: items.length, ringMs: event.at, answered: false, penalties: pickupPenalties(event.at, false) });
        const heldMs = holdSince !== undefined ? event.at - holdSince : undefined;
        items.push({ kind: 'end', index: items.length, at: event.at, outcome: event.outcome, penalties: endPenalties(event.outcome, heldMs) });
        break;
      }
      case 'ring':
      case 'pause':
      case 'resume':
        break;
    }
  }
  return items;
}
