/**
 * missing-audio: a recorded clip (`line.audio`, a variant's `audio`) that is not a file under public/.
 * The core never touches the file system: the caller says which paths exist (node:fs in the CLI,
 * a list of known files in the browser).
 */
import type { JsonPath } from '../scenario/finding';
import type { CheckContext } from './check-context';

/** True when `path` (as written in the scenario, relative to public/) is a file. */
export type FileExists = (path: string) => boolean;

export function findMissingAudio({ scenario, report }: CheckContext, fileExists: FileExists): void {
  const known = new Map<string, boolean>();
  const check = (audio: string | undefined, path: JsonPath): void => {
    if (audio === undefined) return;
    if (!known.has(audio)) known.set(audio, fileExists(audio));
    if (!known.get(audio)) report('missing-audio', `audio file "${audio}" does not exist under public/`, path);
  };
  for (const id of scenario.stateIds) {
    const state = scenario.states[id];
    check(state?.line?.audio, ['states', id, 'meta', 'line', 'audio']);
    state?.variants.forEach((variant, index) => check(variant.audio, ['states', id, 'meta', 'variants', index, 'audio']));
  }
}
