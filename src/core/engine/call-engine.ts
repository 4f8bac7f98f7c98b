/**
 * The call engine: turns a parsed scenario into a running call.
 * It rings, waits for the pick-up, runs the scenario's statechart on xstate with the injected
 * clock, offers the options the current state allows, reports the soonest timer for a countdown,
 * handles the phone's controls (hold, resume, transfer, mute, hang-up) with the scenario's declared
 * reactions or the documented defaults, and records the event log. No React, no DOM, no audio:
 * the player subscribes and renders.
 *
 * Three clocks, each on top of the one before:
 *  - the call's clock stops when the drill is paused;
 *  - the hold clock also stops while the customer is on hold (they wait on hold, not for an
 *    answer), so the scenario's timers get back their remaining time when the agent takes them back;
 *  - the scenario's clock also stops while the customer is speaking: their patience, and the
 *    agent's response time, start when they have finished their line.
 * The hold's own timers (check-back, hang-up) run on the call's clock.
 */
import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import {
  DEFAULT_REACTIONS,
  HOLD_AGREED_TAG,
  controlEventOf,
  holdNorms,
  type PhoneControl,
} from '../scenario/phone-controls';
import type { Scenario } from '../scenario/scenario-types';
import { availableControls } from './available-controls';
import { buildMachine, MOOD_EVENT, type CallContext } from './build-machine';
import type { Call, CallOptions } from './call';
import type { CallEvent, CallOutcome, ControlEntry, ControlReaction } from './call-log';
import type { CallView } from './call-view';
import { startHold, type Hold } from './hold';
import { PausableClock } from './pausable-clock';
import { resolveLine } from './resolve-line';
import { estimatedSpeakingMs } from './estimated-speaking-time';

export const DEFAULT_RING_LIMIT_MS = 30_000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** Fields of a control entry that depend on the control. */
type ControlDetails = DistributiveOmit<ControlEntry, 'type' | 'at' | 'stateId' | 'reaction' | 'moodBefore' | 'mood'>;

export function startCall(scenario: Scenario, options: CallOptions): Call {
  const clock = new PausableClock(options.clock);
  const holdClock = new PausableClock(clock);
  const scriptClock = new PausableClock(holdClock);
  const speakingMs = options.speakingMs ?? estimatedSpeakingMs;
  let speechTimer: unknown;
  const t0 = clock.now();
  const now = () => clock.now() - t0;
  const norms = holdNorms(scenario.persona);
  const log: CallEvent[] = [{ type: 'ring', at: 0 }];
  const listeners = new Set<() => void>();

  let view: CallView = {
    phase: 'ringing',
    paused: false,
    mood: 0,
    options: [],
    onHold: false,
    muted: false,
    controls: availableControls({ phase: 'ringing', paused: false, onHold: false, muted: false }),
    log,
  };
  let actor: AnyActorRef | undefined;
  /** The scenario's clock when the current line was said: answers and timers count from here. */
  let lineAt = 0;
  let pausedOnBaseAt = 0;
  let sending = false;
  let firedDelay: string | undefined;
  let hold: Hold | undefined;
  let muted = false;

  const snapshot = (): AnyMachineSnapshot => (actor as AnyActorRef).getSnapshot() as AnyMachineSnapshot;
  const contextOf = (s: AnyMachineSnapshot) => s.context as CallContext;
  const mood = (): number => (actor ? contextOf(snapshot()).mood : view.mood);
  const atFinal = (s: AnyMachineSnapshot): boolean => s.status === 'done' || scenario.states[String(s.value)]?.kind === 'final';

  const publish = (next: Partial<CallView>) => {
    const phone = { phase: next.phase ?? view.phase, paused: next.paused ?? view.paused, onHold: hold !== undefined, muted };
    view = { ...view, ...next, onHold: phone.onHold, hold: hold?.view(), muted, controls: availableControls(phone), log: [...log] };
    for (const listener of listeners) listener();
  };

  const ringTimer = clock.setTimeout(() => end({ kind: 'abandoned', reason: 'unanswered' }), options.ringLimitMs ?? DEFAULT_RING_LIMIT_MS);
  const limitTimer =
    options.timeLimitMs === undefined ? undefined : clock.setTimeout(() => end({ kind: 'abandoned', reason: 'time-up', ...(view.stateId ? { stateId: view.stateId } : {}) }), options.timeLimitMs);
  if (options.timeLimitMs !== undefined) view = { ...view, timeLimit: { deadline: options.timeLimitMs, durationMs: options.timeLimitMs } };

  /** The customer stops speaking: the scenario's timers (their patience) start now. */
  function stopSpeaking(): void {
    if (speechTimer === undefined) return;
    holdClock.clearTimeout(speechTimer);
    speechTimer = undefined;
    scriptClock.resume();
  }

  function stopHold(): void {
    hold?.stop();
    hold = undefined;
  }

  function end(outcome: CallOutcome): void {
    if (view.phase === 'ended') return;
    clock.clearTimeout(ringTimer);
    if (limitTimer !== undefined) clock.clearTimeout(limitTimer);
    stopSpeaking();
    stopHold();
    muted = false;
    actor?.stop();
    log.push({ type: 'end', at: now(), outcome });
    publish({ phase: 'ended', options: [], timer: undefined, outcome });
  }

  /** The options and the countdown for the current state, given the phone's state. */
  function offered(s: AnyMachineSnapshot): Pick<CallView, 'options' | 'timer'> {
    const state = scenario.states[String(s.value)];
    if (hold || !state) return { options: [], timer: undefined };
    const options = state.options.filter((option) => s.can({ type: option.id }));
    const soonest = state.timers[0];
    const waited = scriptClock.now() - lineAt;
    // While the customer speaks, the countdown has not started: it will end its full length after.
    const startsIn = speechTimer !== undefined && view.speakingUntil !== undefined ? Math.max(0, view.speakingUntil - now()) : 0;
    return {
      options: options.map((option, index) => ({ id: option.id, text: option.text, key: index + 1 })),
      timer: soonest ? { delay: soonest.delay, deadline: now() + startsIn + soonest.ms - waited, durationMs: soonest.ms } : undefined,
    };
  }

  /** The call entered a state: the customer says its line (the scenario's timers started with it). */
  function enter(s: AnyMachineSnapshot): void {
    const stateId = String(s.value);
    const state = scenario.states[stateId];
    const { mood: current } = contextOf(s);
    stopSpeaking();
    lineAt = scriptClock.now();
    const line = state ? resolveLine(state, current) : undefined;
    const speaking = line && !atFinal(s) ? Math.max(0, Math.round(speakingMs(line))) : 0;
    if (line) log.push({ type: 'line', at: now(), stateId, text: line.text, ...(line.audio ? { audio: line.audio } : {}), mood: current, ...(speaking > 0 ? { speakingMs: speaking } : {}) });
    if (speaking > 0) {
      // The scenario's timers were set on entering the state: they wait while the customer speaks.
      scriptClock.pause();
      speechTimer = holdClock.setTimeout(() => {
        speechTimer = undefined;
        scriptClock.resume();
        refresh();
      }, speaking);
    }
    if (atFinal(s)) {
      publish({ stateId, line, mood: current, speakingUntil: undefined });
      const outcome = state?.outcome;
      end({ kind: outcome?.kind ?? 'abandoned', reason: 'final', stateId, ...(outcome ? { summary: outcome.summary } : {}) });
      return;
    }
    view = { ...view, speakingUntil: speaking > 0 ? now() + speaking : undefined };
    publish({ phase: 'talking', stateId, line, mood: current, ...offered(s) });
  }

  /** The same state goes on (a mood change, a phone control): no new line. */
  function refresh(): void {
    if (!actor || view.phase !== 'talking') return;
    const s = snapshot();
    publish({ mood: contextOf(s).mood, ...offered(s) });
  }

  function toScript(event: { type: string; by?: number }): void {
    sending = true;
    actor?.send(event);
    sending = false;
  }

  function moveMood(by: number): void {
    if (by !== 0) toScript({ type: MOOD_EVENT, by });
  }

  /**
   * Sends the control's event when the current state declares a reaction that applies (its guard
   * passes). Returns whether it did, and whether the call entered a state (a new one, or the same
   * one again), so the caller knows whether the customer speaks.
   */
  function react(control: PhoneControl): { reaction: ControlReaction; entered: boolean } {
    const event = controlEventOf(control);
    const state = scenario.states[view.stateId ?? ''];
    if (!actor || !event || !state?.controls.some((c) => c.event === event) || !snapshot().can({ type: event })) {
      return { reaction: 'default', entered: false };
    }
    const before = contextOf(snapshot()).entries;
    toScript({ type: event });
    return { reaction: 'scenario', entered: contextOf(snapshot()).entries !== before };
  }

  function logControl(at: number, stateId: string, reaction: ControlReaction, moodBefore: number, details: ControlDetails): void {
    log.push({ type: 'control', at, stateId, reaction, moodBefore, mood: mood(), ...details } as ControlEntry);
  }

  /** After a reaction: the customer speaks if a state was entered (which may end the call). */
  function settle(entered: boolean): void {
    if (!actor) return;
    const s = snapshot();
    if (entered || atFinal(s)) enter(s);
    else refresh();
  }

  const ended = (): boolean => view.phase === 'ended';
  /** Talking with the customer and the drill not paused: the phone controls can be used. */
  const live = (): boolean => view.phase === 'talking' && !view.paused && actor !== undefined;

  function onSnapshot(s: AnyMachineSnapshot): void {
    if (sending || view.phase !== 'talking') return;
    // Not caused by the agent: a timer fired.
    const stateId = view.stateId ?? '';
    const timer = scenario.states[stateId]?.timers.find((t) => t.delay === firedDelay);
    log.push({
      type: 'timeout',
      at: now(),
      stateId,
      delay: firedDelay ?? 'unknown',
      waitedMs: scriptClock.now() - lineAt,
      offered: view.options.map((o) => o.id),
      ...(timer?.text ? { text: timer.text } : {}),
    });
    firedDelay = undefined;
    enter(s);
  }

  function onCheckBackMissed(missed: number): void {
    const moodBefore = mood();
    moveMood(-DEFAULT_REACTIONS.missedCheckBackMoodDrop);
    const at = now();
    log.push({ type: 'hold-check-missed', at, stateId: view.stateId ?? '', heldMs: at - (hold?.since ?? at), missed, moodBefore, mood: mood() });
    refresh();
  }

  function onHoldLimit(): void {
    hold = undefined;
    end({ kind: 'abandoned', reason: 'hung-up-on-hold', ...(view.stateId ? { stateId: view.stateId } : {}) });
  }

  return {
    scenario,
    getView: () => view,
    now,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pickUp() {
      if (view.phase !== 'ringing' || view.paused) return;
      clock.clearTimeout(ringTimer);
      const at = now();
      log.push({ type: 'pickup', at, ringMs: at });
      actor = createActor(buildMachine(scenario), {
        clock: scriptClock,
        inspect: (event) => {
          if (event.type === '@xstate.event' && event.event.type.startsWith('xstate.after.')) {
            firedDelay = event.event.type.slice('xstate.after.'.length).split('.')[0];
          }
        },
      });
      actor.subscribe(onSnapshot);
      sending = true;
      actor.start();
      sending = false;
      enter(snapshot());
    },
    choose(optionId) {
      if (!live() || hold || muted || !actor) return false;
      if (!view.options.some((o) => o.id === optionId)) return false;
      const option = scenario.states[view.stateId ?? '']?.options.find((o) => o.id === optionId);
      const at = now();
      log.push({
        type: 'decision',
        at,
        stateId: view.stateId ?? '',
        optionId,
        text: option?.text ?? optionId,
        responseMs: scriptClock.now() - lineAt,
        offered: view.options.map((o) => o.id),
      });
      toScript({ type: optionId });
      enter(snapshot());
      return true;
    },
    hold() {
      if (!live() || hold) return false;
      const at = now();
      const stateId = view.stateId ?? '';
      const moodBefore = mood();
      const agreed = snapshot().hasTag(HOLD_AGREED_TAG);
      // Freeze the scenario's timers first: a state the reaction enters waits for the customer's return too.
      holdClock.pause();
      const { reaction, entered } = react('hold');
      if (reaction === 'default' && !agreed) moveMood(-DEFAULT_REACTIONS.unaskedHoldMoodDrop);
      logControl(at, stateId, reaction, moodBefore, { control: 'hold', agreed });
      if (!atFinal(snapshot())) {
        hold = startHold(clock, at, agreed, norms, { onCheckBackMissed, onLimit: onHoldLimit });
      }
      settle(entered);
      return true;
    },
    resumeFromHold() {
      if (!live() || !hold) return false;
      const at = now();
      const stateId = view.stateId ?? '';
      const moodBefore = mood();
      const { since, missed } = hold;
      stopHold();
      const { reaction, entered } = react('resume');
      logControl(at, stateId, reaction, moodBefore, { control: 'resume', heldMs: at - since, missedCheckBacks: missed });
      holdClock.resume();
      settle(entered);
      return true;
    },
    transfer(kind) {
      if (!live()) return false;
      const at = now();
      const stateId = view.stateId ?? '';
      const moodBefore = mood();
      const heldMs = hold ? at - hold.since : undefined;
      // The customer leaves hold: connected to the colleague, or back with the agent if the scenario says so.
      stopHold();
      const control = kind === 'warm' ? 'transfer-warm' : 'transfer-cold';
      const { reaction, entered } = react(control);
      const customerRepeats = reaction === 'default' && kind === 'cold';
      if (customerRepeats) moveMood(-DEFAULT_REACTIONS.coldTransferMoodDrop);
      logControl(at, stateId, reaction, moodBefore, { control, customerRepeats, ...(heldMs !== undefined ? { heldMs } : {}) });
      if (reaction === 'default') {
        end({ kind: 'escalated', reason: 'transferred', stateId });
        return true;
      }
      holdClock.resume();
      settle(entered);
      return true;
    },
    mute() {
      if (!live() || muted || hold) return false;
      const at = now();
      const stateId = view.stateId ?? '';
      const moodBefore = mood();
      muted = true;
      const { reaction, entered } = react('mute');
      logControl(at, stateId, reaction, moodBefore, { control: 'mute' });
      settle(entered);
      return true;
    },
    unmute() {
      if (!live() || !muted) return false;
      muted = false;
      logControl(now(), view.stateId ?? '', 'default', mood(), { control: 'unmute' });
      refresh();
      return true;
    },
    hangUp() {
      if (ended()) return;
      if (view.phase === 'ringing' || !actor) {
        end({ kind: 'abandoned', reason: 'unanswered' });
        return;
      }
      const at = now();
      const stateId = view.stateId ?? '';
      const moodBefore = mood();
      const heldMs = hold ? at - hold.since : undefined;
      stopHold();
      const { reaction, entered } = react('hangup');
      logControl(at, stateId, reaction, moodBefore, { control: 'hangup', ...(heldMs !== undefined ? { heldMs } : {}) });
      if (reaction === 'scenario') settle(entered);
      // The parser makes `call.hangup` lead to a final state; whatever happened, the line is dead now.
      end({ kind: 'abandoned', reason: 'agent-hung-up' });
    },
    pause() {
      if (ended() || view.paused) return;
      clock.pause();
      pausedOnBaseAt = options.clock.now();
      log.push({ type: 'pause', at: now() });
      publish({ paused: true });
    },
    resume() {
      if (!view.paused) return;
      clock.resume();
      log.push({ type: 'resume', at: now(), pausedMs: options.clock.now() - pausedOnBaseAt });
      publish({ paused: false });
    },
    dispose() {
      clock.clearTimeout(ringTimer);
      if (limitTimer !== undefined) clock.clearTimeout(limitTimer);
      stopSpeaking();
      stopHold();
      actor?.stop();
      listeners.clear();
    },
  };
}
