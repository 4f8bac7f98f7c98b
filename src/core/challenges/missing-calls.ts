/** The calls of a challenge this copy of the app does not have (a newer or older library). */
import type { Challenge } from './challenge';

export function missingCalls(challenge: Challenge, libraryIds: readonly string[]): string[] {
  const known = new Set(libraryIds);
  return challenge.calls.filter((id) => !known.has(id));
}
