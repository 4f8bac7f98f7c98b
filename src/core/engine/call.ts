/** A running call, as the player drives it: the commands, and the options to start one. */
import type { Line, Scenario } from '../scenario/scenario-types';
import type { CallView } from './call-view';
import type { Clock } from './clock';

export interface CallOptions {
  clock: Clock;
  /** The customer hangs up if nobody answers within this time (default 30 s). */
  ringLimitMs?: number;
  /** How long the customer takes to say a line (the clip's length); default: estimated from the text. */
  speakingMs?: (line: Line) => number;
  /** Under a challenge's clock: the call ends ("time-up") this long after the phone starts ringing. */
  timeLimitMs?: number;
}

export type TransferKind = 'warm' | 'cold';

/**
 * Every command returns whether it was accepted: a control that makes no sense now (hold while
 * ringing, resume when not on hold, anything once the call is over or while the drill is paused,
 * except hanging up) changes nothing and returns false.
 */
export interface Call {
  readonly scenario: Scenario;
  getView(): CallView;
  subscribe(listener: () => void): () => void;
  /** Call time now, in ms since the phone started ringing (pauses excluded). */
  now(): number;
  pickUp(): void;
  /** Refused while on hold, muted or paused. */
  choose(optionId: string): boolean;
  /** Puts the customer on hold: options wait, the scenario's timers freeze, the hold's timers start. */
  hold(): boolean;
  /** Takes the customer back from hold. */
  resumeFromHold(): boolean;
  /** Warm: the agent briefs the colleague first. Cold: straight through. Allowed on hold too. */
  transfer(kind: TransferKind): boolean;
  mute(): boolean;
  unmute(): boolean;
  /** Ringing: the call is left unanswered. Mid-call: the scenario's `call.hangup`, or the agent hung up. */
  hangUp(): void;
  /** Pauses the drill (a real call arrives): every timer stops, hold timers included. */
  pause(): void;
  resume(): void;
  /** Stops every timer; the call is over for good. */
  dispose(): void;
}
