/** The real clock for the browser: monotonic time and window timers behind the core's Clock interface. */
import type { Clock } from '../../core/engine/clock';

export const browserClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};
