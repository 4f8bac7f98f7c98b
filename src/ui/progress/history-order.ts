/** The call history as the agent reads it: newest first. */
import type { CallRecord } from '../../core/history/call-record';

export function newestFirst(records: readonly CallRecord[]): CallRecord[] {
  return [...records].sort((a, b) => b.startedAt - a.startedAt);
}
