/**
 * The event log of one call: what scoring, the debrief and storage read.
 * Times (`at`) are milliseconds since the phone started ringing, on the call's clock
 * (pauses excluded).
 */
import type { OutcomeKind } from '../scenario/outcomes';

export type EndReason = 'final' | 'unanswered' | 'agent-hung-up';

export interface CallOutcome {
  kind: OutcomeKind;
  reason: EndReason;
  /** The final state's summary, in the scenario's language; absent when the call ended outside the script. */
  summary?: string;
  stateId?: string;
}

export type CallEvent =
  | { type: 'ring'; at: number }
  | { type: 'pickup'; at: number; ringMs: number }
  | { type: 'line'; at: number; stateId: string; text: string; audio?: string; mood: number }
  | { type: 'decision'; at: number; stateId: string; optionId: string; text: string; responseMs: number; offered: string[] }
  | { type: 'timeout'; at: number; stateId: string; delay: string; waitedMs: number; offered: string[]; text?: string }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number; pausedMs: number }
  | { type: 'end'; at: number; outcome: CallOutcome };

export type CallEventType = CallEvent['type'];
