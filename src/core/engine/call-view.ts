/** What a running call shows the player: the phase, the customer's line, the options, the timers, the phone. */
import type { Line } from '../scenario/scenario-types';
import type { CallControl } from './available-controls';
import type { CallEvent, CallOutcome } from './call-log';
import type { HoldView } from './hold';

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
  /** Call time at which the customer finishes the current line; the countdown starts then. */
  speakingUntil?: number;
  /** A challenge's clock for this call: the call ends at this call time. */
  timeLimit?: { deadline: number; durationMs: number };
  paused: boolean;
  stateId?: string;
  line?: Line;
  mood: number;
  /** Empty while the customer is on hold. Listed while muted, but not choosable until unmuted. */
  options: readonly OfferedOption[];
  /** The scenario's soonest timer; absent while on hold (the scenario's timers wait). */
  timer?: RunningTimer;
  /** The customer is on hold (hears hold music); see `hold` for the timing. */
  onHold: boolean;
  hold?: HoldView;
  /** The agent's microphone is off: the customer hears silence, and the timers keep running. */
  muted: boolean;
  /** The controls the agent can use now, in display order. */
  controls: readonly CallControl[];
  outcome?: CallOutcome;
  log: readonly CallEvent[];
}
