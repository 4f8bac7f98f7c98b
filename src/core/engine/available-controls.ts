/**
 * Which phone controls make sense right now. The engine refuses the others, and the player shows
 * only these. Transfer is always offered during the conversation: an early or blind transfer is a
 * mistake the agent must be free to make (the scenario, or the default reaction, answers it).
 */
import type { PhoneControl } from '../scenario/phone-controls';

/** A phone control, or picking up the ringing phone. */
export type CallControl = 'pickup' | PhoneControl;

export interface PhoneState {
  phase: 'ringing' | 'talking' | 'ended';
  /** The drill is paused. */
  paused: boolean;
  onHold: boolean;
  muted: boolean;
}

/** In display order. */
const ORDER: readonly CallControl[] = ['pickup', 'hold', 'resume', 'mute', 'unmute', 'transfer-warm', 'transfer-cold', 'hangup'];

function allowed(control: CallControl, { phase, paused, onHold, muted }: PhoneState): boolean {
  if (phase === 'ended') return false;
  // Hanging up always works, even from a paused drill; nothing else does while paused.
  if (control === 'hangup') return true;
  if (paused) return false;
  if (phase === 'ringing') return control === 'pickup';
  switch (control) {
    case 'pickup':
      return false;
    case 'hold':
      return !onHold;
    case 'resume':
      return onHold;
    case 'mute':
      return !muted && !onHold;
    case 'unmute':
      return muted;
    case 'transfer-warm':
    case 'transfer-cold':
      return true;
  }
}

export function availableControls(state: PhoneState): CallControl[] {
  return ORDER.filter((control) => allowed(control, state));
}
