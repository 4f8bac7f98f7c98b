/**
 * Reads a call's event log against its scenario and explains each moment, in order: the pick-up,
 * every decision met (an answer or a timeout) with what was at stake, and the end. Every point the
 * score gives or takes comes from an item here.
 */
import type { CallEvent } from '../engine/call-log';
import type { Scenario, ScenarioOption, ScenarioState } from '../scenario/scenario-types';
import { answerPenalties, isUnderPressure, timeoutPenalties } from './answer-penalties';
import { bestOption, isAsGoodAsBest } from './best-option';
import { endPenalties, pickupPenalties } from './phone-penalties';
import { readingAllowanceMs } from './reading-allowance';
import type { DebriefItem, DecisionItem, OptionView, TimeoutItem } from './score-types';
import { skillsAtAnswer, skillsAtTimeout } from './skills-at-decision';

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

export function buildDebrief(scenario: Scenario, log: readonly CallEvent[]): DebriefItem[] {
  const items: DebriefItem[] = [];
  let lastLine: LineEvent | undefined;
  let pickedUp = false;
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
      case 'end':
        if (!pickedUp) items.push({ kind: 'pickup', index: items.length, ringMs: event.at, answered: false, penalties: pickupPenalties(event.at, false) });
        items.push({ kind: 'end', index: items.length, at: event.at, outcome: event.outcome, penalties: endPenalties(event.outcome) });
        break;
      case 'ring':
      case 'pause':
      case 'resume':
        break;
    }
  }
  return items;
}
