/** The call as read back: who said what, when. Derived from the event log, never stored twice. */
import type { CallEvent } from './call-log';

export type Speaker = 'customer' | 'agent' | 'system';

export interface TranscriptEntry {
  at: number;
  speaker: Speaker;
  text: string;
  /** For system entries: what happened, so the UI can phrase it in its own language. */
  event?: 'pickup' | 'timeout' | 'pause' | 'resume' | 'end';
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
