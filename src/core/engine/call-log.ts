/**
 * The event log of one call: what scoring, the debrief and storage read.
 * Times (`at`) are milliseconds since the phone started ringing, on the call's clock
 * (pauses excluded; time on hold included).
 */
import type { OutcomeKind } from '../scenario/outcomes';

/**
 * - `final`: the scenario reached a final state (its outcome);
 * - `unanswered`: nobody picked up (or the agent rejected the ringing call);
 * - `agent-hung-up`: the agent hung up mid-call where the scenario declares no `call.hangup`;
 * - `hung-up-on-hold`: left on hold past the hold limit, the customer hung up (`abandoned`);
 * - `transferred`: the default reaction to a transfer ended the call (`escalated`).
 */
export type EndReason = 'final' | 'unanswered' | 'agent-hung-up' | 'hung-up-on-hold' | 'transferred' | 'time-up';

export interface CallOutcome {
  kind: OutcomeKind;
  reason: EndReason;
  /** The final state's summary, in the scenario's language; absent when the call ended outside the script. */
  summary?: string;
  stateId?: string;
}

/**
 * Who decided the customer's reaction to a phone control: the scenario (a `call.*` transition the
 * state declares, whose `meta.control` scoring can read) or the engine's documented default.
 */
export type ControlReaction = 'scenario' | 'default';

interface ControlBase {
  type: 'control';
  at: number;
  /** The state the call was in when the agent used the control. */
  stateId: string;
  reaction: ControlReaction;
  /** The customer's mood just before the control, and just after its reaction. */
  moodBefore: number;
  mood: number;
}

/** The agent used a phone control. */
export type ControlEntry =
  | (ControlBase & {
      control: 'hold';
      /** The state carries the `hold-agreed` tag: the customer had said yes to a hold. */
      agreed: boolean;
    })
  | (ControlBase & {
      control: 'resume';
      /** How long the customer was on hold (drill pauses excluded). */
      heldMs: number;
      /** Check-backs missed during this hold (each one already logged as `hold-check-missed`). */
      missedCheckBacks: number;
    })
  | (ControlBase & {
      control: 'transfer-warm' | 'transfer-cold';
      /** Present when the customer was on hold at the transfer. */
      heldMs?: number;
      /** The default cold-transfer reaction: the customer has to explain everything again to the colleague. */
      customerRepeats: boolean;
    })
  | (ControlBase & {
      control: 'hangup';
      /** Present when the customer was on hold when the agent hung up. */
      heldMs?: number;
    })
  | (ControlBase & { control: 'mute' | 'unmute' });

/** A check-back deadline passed while the customer was on hold: the mood drops (default reaction). */
export interface HoldCheckMissedEntry {
  type: 'hold-check-missed';
  at: number;
  stateId: string;
  /** Time on hold so far. */
  heldMs: number;
  /** Check-backs missed during this hold, this one included (1, 2…). */
  missed: number;
  moodBefore: number;
  mood: number;
}

export type CallEvent =
  | { type: 'ring'; at: number }
  | { type: 'pickup'; at: number; ringMs: number }
  | { type: 'line'; at: number; stateId: string; text: string; audio?: string; mood: number; /** How long the customer speaks: answers and timers count from its end. */ speakingMs?: number }
  /** `responseMs`: how long the customer waited for this answer since their line, time on hold excluded. */
  | { type: 'decision'; at: number; stateId: string; optionId: string; text: string; responseMs: number; offered: string[] }
  | { type: 'timeout'; at: number; stateId: string; delay: string; waitedMs: number; offered: string[]; text?: string }
  | ControlEntry
  | HoldCheckMissedEntry
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number; pausedMs: number }
  | { type: 'end'; at: number; outcome: CallOutcome };

export type CallEventType = CallEvent['type'];
