/**
 * The manifest after a run: entries for newly generated clips, adopted recordings and failures
 * removed, pruned entries dropped; everything else kept as it was.
 */
import { clipFile, type AudioManifest } from './audio-manifest';
import type { AudioPlan } from './plan-audio';
import { prunable } from './plan-audio';

export interface MeasuredClip {
  sha256: string;
  bytes: number;
  ms: number;
}

export interface RunResults {
  /** Clips generated in this run, by key. */
  generated: ReadonlyMap<string, MeasuredClip>;
  /** Recordings found at a clip's place with no manifest entry, measured (their sha256 is not recorded). */
  adopted: ReadonlyMap<string, Omit<MeasuredClip, 'sha256'>>;
  /** Whether stale generated clips were deleted. */
  pruned: boolean;
}

export function nextManifest(manifest: AudioManifest, plan: AudioPlan, results: RunResults): AudioManifest {
  const clips = { ...manifest.clips };
  for (const clip of plan.generate) {
    const measured = results.generated.get(clip.key);
    if (measured) clips[clip.key] = { file: clipFile(clip.key), text: clip.text, locale: clip.locale, voice: clip.voice, ...measured };
    else delete clips[clip.key];
  }
  for (const clip of plan.recordedKept) {
    const measured = results.adopted.get(clip.key);
    if (clip.listed || !measured) continue;
    // sha256 stays empty: the generator did not write this file, so it is never taken for its own.
    clips[clip.key] = { file: clipFile(clip.key), text: clip.text, locale: clip.locale, voice: clip.voice, sha256: '', ...measured };
  }
  if (results.pruned) for (const clip of prunable(plan)) delete clips[clip.key];
  return { version: manifest.version, clips };
}
