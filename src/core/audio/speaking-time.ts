/**
 * How long the customer takes to say a line: the generated clip's length when there is one (the
 * manifest knows it), else an estimate from the text. The engine starts the customer's patience,
 * and the agent's response time, when the line ends.
 */
import { estimatedSpeakingMs } from '../engine/estimated-speaking-time';
import type { Line, Scenario } from '../scenario/scenario-types';
import type { AudioManifest } from './audio-manifest';
import { lineClip } from './line-clip';

export function lineSpeakingMs(manifest: AudioManifest | undefined, scenario: Pick<Scenario, 'locale' | 'persona'>, line: Line): number {
  if (!line.audio && manifest) {
    const ms = manifest.clips[lineClip(scenario, line).key]?.ms ?? 0;
    if (ms > 0) return ms;
  }
  return estimatedSpeakingMs(line);
}
