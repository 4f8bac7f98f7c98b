import { parseAudioManifest } from './audio-manifest';
import { resolveClip } from './resolve-clip';
import { lineSpeakingMs } from './speaking-time';
import type { Line, Scenario } from '../scenario/scenario-types';

export interface LineAudio {
  /** The clip to play for a line, if any. */
  clipFor: (line: Line) => string | undefined;
  /** How long the customer speaks the line. */
  speakingMs: (line: Line) => number;
}

/** line → clip URL and speaking time for one scenario, from the (untrusted) manifest JSON. */
export function clipResolver(manifestJson: unknown, scenario: Scenario): LineAudio {
  const manifest = manifestJson === undefined ? undefined : parseAudioManifest(manifestJson);
  return {
    clipFor: (line) => resolveClip(manifest, scenario, line),
    speakingMs: (line) => lineSpeakingMs(manifest, scenario, line),
  };
}
