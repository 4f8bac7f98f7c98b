/**
 * Time, injected. The core never reads the real time or schedules real timers itself:
 * the browser passes a real clock (src/adapters/clock), tests and benchmarks a ManualClock.
 * Compatible with xstate's own `Clock`, so the statechart's `after` timers run on it too.
 */
export type TimerHandle = unknown;

export interface Clock {
  /** Milliseconds, monotonic; only differences matter. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}
