/**
 * The call engine: turns a parsed scenario into a running call.
 * It rings, waits for the pick-up, runs the scenario's statechart on xstate with the injected
 * clock, offers the options the current state allows, reports the soonest timer for a countdown,
 * and records the event log. No React, no DOM, no audio: the player subscribes and renders.
 */
import { createActor, type AnyActorRef, type AnyMachineSnapshot } from 'xstate';
import type { Line, Scenario } from '../scenario/scenario-types';
import { buildMachine, type CallContext } from './build-machine';
import type { CallEvent, CallOutcome } from './call-log';
import type { Clock } from './clock';
import { PausableClock } from './pausable-clock';
import { resolveLine } from './resolve-line';

export type CallPhase = 'ringing' | 'talking' | 'ended';

export interface OfferedOption {
  id: string;
  text: string;
  /** 1-based: the number key that chooses it. */
  key: number;
}

export interface RunningTimer {
  delay: string;
  /** Call time (ms since ring) when the timer fires. */
  deadline: number;
  durationMs: number;
}

export interface CallView {
  phase: CallPhase;
  paused: boolean;
  stateId?: string;
  line?: Line;
  mood: number;
  options: readonly OfferedOption[];
  timer?: RunningTimer;
  outcome?: CallOutcome;
  log: readonly CallEvent[];
}

export interface CallOptions {
  clock: Clock;
  /** The customer hangs up if nobody answers within this time (default 30 s). */
  ringLimitMs?: number;
}

export interface Call {
  readonly scenario: Scenario;
  getView(): CallView;
  subscribe(listener: () => void): () => void;
  /** Call time now, in ms since the phone started ringing (pauses excluded). */
  now(): number;
  pickUp(): void;
  choose(optionId: string): boolean;
  hangUp(): void;
  pause(): void;
  resume(): void;
  /** Stops every timer; the call is over for good. */
  dispose(): void;
}

export const DEFAULT_RING_LIMIT_MS = 30_000;

export function startCall(scenario: Scenario, options: CallOptions): Call {
  const clock = new PausableClock(options.clock);
  const t0 = clock.now();
  const now = () => clock.now() - t0;
  const log: CallEvent[] = [{ type: 'ring', at: 0 }];
  const listeners = new Set<() => void>();

  let view: CallView = { phase: 'ringing', paused: false, mood: 0, options: [], log };
  let actor: AnyActorRef | undefined;
  let enteredAt = 0;
  let pausedOnBaseAt = 0;
  let sending = false;
  let firedDelay: string | undefined;

  const publish = (next: Partial<CallView>) => {
    view = { ...view, ...next, log: [...log] };
    for (const listener of listeners) listener();
  };

  const ringTimer = clock.setTimeout(() => end({ kind: 'abandoned', reason: 'unanswered' }), options.ringLimitMs ?? DEFAULT_RING_LIMIT_MS);

  function end(outcome: CallOutcome): void {
    if (view.phase === 'ended') return;
    clock.clearTimeout(ringTimer);
    actor?.stop();
    log.push({ type: 'end', at: now(), outcome });
    publish({ phase: 'ended', options: [], timer: undefined, outcome });
  }

  function enter(snapshot: AnyMachineSnapshot): void {
    const stateId = String(snapshot.value);
    const state = scenario.states[stateId];
    const mood = (snapshot.context as CallContext).mood;
    enteredAt = now();
    const line = state ? resolveLine(state, mood) : undefined;
    if (line) log.push({ type: 'line', at: enteredAt, stateId, text: line.text, ...(line.audio ? { audio: line.audio } : {}), mood });
    if (snapshot.status === 'done' || state?.kind === 'final') {
      publish({ stateId, line, mood });
      const outcome = state?.outcome;
      end({ kind: outcome?.kind ?? 'abandoned', reason: 'final', stateId, ...(outcome ? { summary: outcome.summary } : {}) });
      return;
    }
    const offered = (state?.options ?? []).filter((option) => snapshot.can({ type: option.id }));
    const soonest = state?.timers[0];
    publish({
      phase: 'talking',
      stateId,
      line,
      mood,
      options: offered.map((option, index) => ({ id: option.id, text: option.text, key: index + 1 })),
      timer: soonest ? { delay: soonest.delay, deadline: enteredAt + soonest.ms, durationMs: soonest.ms } : undefined,
    });
  }

  function onSnapshot(snapshot: AnyMachineSnapshot): void {
    if (sending || view.phase !== 'talking') return;
    // Not caused by choose(): a timer fired.
    const stateId = view.stateId ?? '';
    const timer = scenario.states[stateId]?.timers.find((t) => t.delay === firedDelay);
    log.push({
      type: 'timeout',
      at: now(),
      stateId,
      delay: firedDelay ?? 'unknown',
      waitedMs: now() - enteredAt,
      offered: view.options.map((o) => o.id),
      ...(timer?.text ? { text: timer.text } : {}),
    });
    firedDelay = undefined;
    enter(snapshot);
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
        clock,
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
      enter(actor.getSnapshot());
    },
    choose(optionId) {
      if (view.phase !== 'talking' || view.paused || !actor) return false;
      if (!view.options.some((o) => o.id === optionId)) return false;
      const option = scenario.states[view.stateId ?? '']?.options.find((o) => o.id === optionId);
      const at = now();
      log.push({
        type: 'decision',
        at,
        stateId: view.stateId ?? '',
        optionId,
        text: option?.text ?? optionId,
        responseMs: at - enteredAt,
        offered: view.options.map((o) => o.id),
      });
      sending = true;
      actor.send({ type: optionId });
      sending = false;
      enter(actor.getSnapshot());
      return true;
    },
    hangUp() {
      if (view.phase === 'ended') return;
      end({ kind: 'abandoned', reason: view.phase === 'ringing' ? 'unanswered' : 'agent-hung-up' });
    },
    pause() {
      if (view.phase === 'ended' || view.paused) return;
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
      actor?.stop();
      listeners.clear();
    },
  };
}
