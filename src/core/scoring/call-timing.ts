/** The call's timing at a glance, read from the debrief: ring time, length, mean response, penalties. */
import type { DebriefItem, CallTiming } from './score-types';

export function callTiming(debrief: readonly DebriefItem[]): CallTiming {
  let ringMs: number | undefined;
  let durationMs = 0;
  const responses: number[] = [];
  let timeouts = 0;
  let warnings = 0;
  for (const item of debrief) {
    if (item.kind === 'pickup' && item.answered) ringMs = item.ringMs;
    if (item.kind === 'pickup' && !item.answered) durationMs = item.ringMs;
    if (item.kind === 'end') durationMs = item.at;
    if (item.kind === 'decision') responses.push(item.responseMs);
    if (item.kind === 'timeout') timeouts += 1;
    if (item.kind === 'decision' || item.kind === 'timeout') warnings += item.warnings.length;
  }
  return {
    ...(ringMs !== undefined ? { ringMs } : {}),
    durationMs,
    ...(responses.length > 0 ? { meanResponseMs: responses.reduce((a, b) => a + b, 0) / responses.length } : {}),
    timeouts,
    warnings,
    penalties: debrief.flatMap((item) => item.penalties),
  };
}
