/** Fatal criteria (identity breach, false promise, abusive reply): every decision that chose a fatal option. */
import type { DebriefItem, FatalReason } from './score-types';

export function fatalReasons(debrief: readonly DebriefItem[]): FatalReason[] {
  return debrief.flatMap((item) =>
    item.kind === 'decision' && item.chosen.fatal
      ? [{ kind: item.chosen.fatal, index: item.index, stateId: item.stateId, optionId: item.chosen.id, text: item.chosen.text, feedback: item.chosen.feedback }]
      : [],
  );
}
