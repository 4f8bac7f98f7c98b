import { parseAudioManifest } from '../../core/audio/audio-manifest';
import { resolveClip } from '../../core/audio/resolve-clip';
import type { Line, Scenario } from '../../core/scenario/scenario-types';

/** line → clip URL for one scenario, from the (untrusted) manifest JSON. */
export function clipResolver(manifestJson: unknown, scenario: Scenario): (line: Line) => string | undefined {
  const manifest = manifestJson === undefined ? undefined : parseAudioManifest(manifestJson);
  return (line) => resolveClip(manifest, scenario, line);
}
