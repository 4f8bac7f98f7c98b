/**
 * The clip the player plays for a customer line: the recording named in the scenario, else the
 * generated clip for this exact text and voice, else none (the caption alone).
 */
import type { Line, Scenario } from '../scenario/scenario-types';
import type { AudioManifest } from './audio-manifest';
import { lineClip } from './line-clip';

/** A URL path relative to the site root, e.g. "audio/clips/0123456789abcdef.ogg", or undefined. */
export function resolveClip(manifest: AudioManifest | undefined, scenario: Scenario, line: Line): string | undefined {
  if (line.audio) return line.audio;
  if (!manifest) return undefined;
  return manifest.clips[lineClip(scenario, line).key]?.file;
}
