/**
 * The phone's own controls (hold, resume, transfer, mute, hang-up): the reserved events a scenario
 * may react to, the tag that marks an agreed hold, and the numbers of the default reactions that
 * apply where a scenario declares nothing. The one place these numbers live; docs/scenario-format.md
 * ("Phone controls") documents them for trainers, and the hold timings reuse the registry's delays.
 */
import { DELAYS, type DelayEntry } from './registry';
import type { Persona } from './scenario-types';

/** What the agent can do with the phone during a call, as the event log names it. */
export const PHONE_CONTROLS = ['hold', 'resume', 'transfer-warm', 'transfer-cold', 'mute', 'unmute', 'hangup'] as const;
export type PhoneControl = (typeof PHONE_CONTROLS)[number];

/** The events a state may react to under `on`, and the control each one answers. Unmute has none. */
export const CONTROL_EVENTS = {
  'call.hold': 'hold',
  'call.resume': 'resume',
  'call.transfer.warm': 'transfer-warm',
  'call.transfer.cold': 'transfer-cold',
  'call.mute': 'mute',
  'call.hangup': 'hangup',
} as const satisfies Record<string, PhoneControl>;
export type ControlEventName = keyof typeof CONTROL_EVENTS;
export const CONTROL_EVENT_NAMES = Object.keys(CONTROL_EVENTS) as ControlEventName[];

export function isControlEventName(name: string): name is ControlEventName {
  return Object.hasOwn(CONTROL_EVENTS, name);
}

/** The event a control sends to the scenario, if the scenario can react to it. */
export function controlEventOf(control: PhoneControl): ControlEventName | undefined {
  return CONTROL_EVENT_NAMES.find((name) => CONTROL_EVENTS[name] === control);
}

/**
 * A state with this xstate tag is one where the customer has agreed to be put on hold (the agent
 * asked and got a yes): holding from there costs no mood by default.
 */
export const HOLD_AGREED_TAG = 'hold-agreed';

/** Mood steps the default reactions take (the customer's mood runs from -3 to +3). */
export const DEFAULT_REACTIONS = {
  /** Put on hold without having agreed to it (the state lacks the `hold-agreed` tag). */
  unaskedHoldMoodDrop: 1,
  /** Each check-back the agent misses while the customer is on hold. */
  missedCheckBackMoodDrop: 1,
  /** A cold transfer: the customer has to explain everything again to the colleague. */
  coldTransferMoodDrop: 1,
} as const;

export interface HoldNorms {
  /** The agent should take the customer back (or check in) within this time; each miss costs mood. */
  checkBackMs: number;
  /** Past this, a customer left on hold hangs up. */
  limitMs: number;
}

/** Hold timings for a persona: the registry's `holdCheckBack` and `holdLimit` delays. */
export function holdNorms(persona: Persona): HoldNorms {
  const ms = (delay: DelayEntry) => delay.ms(persona);
  return { checkBackMs: ms(DELAYS.holdCheckBack), limitMs: ms(DELAYS.holdLimit) };
}
