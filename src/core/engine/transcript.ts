/** The call as read back: who said what, when. Derived from the event log, never stored twice. */
import type { PhoneControl } from '../scenario/phone-controls';
import type { CallEvent } from './call-log';

export type Speaker = 'customer' | 'agent' | 'system';

/** What happened on the phone, with the figures the UI needs to phrase it in its own language. */
export type PhoneNote =
  | {
      kind: 'control';
      control: PhoneControl;
      /** Time on hold before a resume, or before a transfer or hang-up from hold. */
      heldMs?: number;
      /** A cold transfer where the customer has to explain everything again. */
      customerRepeats?: true;
    }
  | { kind: 'hold-check-missed'; heldMs: number; missed: number };

export interface TranscriptEntry {
  at: number;
  speaker: Speaker;
  text: string;
  /** For system entries: what happened, so the UI can phrase it in its own language. */
  event?: 'pickup' | 'timeout' | 'pause' | 'resume' | 'end';
  /** For system entries about the phone's controls and the hold (`event` is then absent). */
  phone?: PhoneNote;
}

export function transcriptOf(log: readonly CallEvent[]): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  for (const event of log) {
    switch (event.type) {
      case 'line':
        entries.push({ at: event.at, speaker: 'customer', text: event.text });
        break;
      case 'decision':
        entries.push({ at: event.at, speaker: 'agent', text: event.text });
        break;
      case 'timeout':
        entries.push({ at: event.at, speaker: 'system', text: event.text ?? '', event: 'timeout' });
        break;
      case 'control': {
        const heldMs = 'heldMs' in event ? event.heldMs : undefined;
        const repeats = 'customerRepeats' in event && event.customerRepeats;
        const phone: PhoneNote = { kind: 'control', control: event.control, ...(heldMs !== undefined ? { heldMs } : {}), ...(repeats ? { customerRepeats: true } : {}) };
        entries.push({ at: event.at, speaker: 'system', text: '', phone });
        break;
      }
      case 'hold-check-missed':
        entries.push({ at: event.at, speaker: 'system', text: '', phone: { kind: 'hold-check-missed', heldMs: event.heldMs, missed: event.missed } });
        break;
      case 'pickup':
      case 'pause':
      case 'resume':
        entries.push({ at: event.at, speaker: 'system', text: '', event: event.type });
        break;
      case 'end':
        entries.push({ at: event.at, speaker: 'system', text: event.outcome.summary ?? '', event: 'end' });
        break;
      case 'ring':
        break;
    }
  }
  return entries;
}
