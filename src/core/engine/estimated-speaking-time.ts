/** How long the customer takes to say a line when no clip tells: the engine's default. */
import type { Line } from '../scenario/scenario-types';

/** About 15 characters a second, as a clip of the line would take; at least 1 s, at most 12 s. */
export function estimatedSpeakingMs(line: Line): number {
  return Math.min(12_000, Math.max(1_000, 300 + 65 * line.text.length));
}
