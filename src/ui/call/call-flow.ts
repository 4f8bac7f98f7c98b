import type { CallMode, CallRecord } from '../../core/history/call-record';

/**
 * What surrounds one call: why it is played (practice, drill, challenge), what the end screen
 * offers next, and who wants the record once it is saved. The call screens stay the same for all.
 */
export interface CallFlow {
  mode: CallMode;
  /** Above the call, e.g. "Today's drill: call 2 of 3". */
  heading?: string;
  /** The end screen's main button (play again, next call, see the result…). */
  next: { label: string; run: () => void };
  /** A second way out (back to the library…). */
  back?: { label: string; run: () => void };
  /** Called once the finished call is saved on the device. */
  onRecorded?: (record: CallRecord) => void;
  /**
   * A challenge's clock for this call: it ends ("time-up") this long after the phone starts
   * ringing. Read when the call starts: a different value starts a different call.
   */
  timeLimitMs?: number;
}
