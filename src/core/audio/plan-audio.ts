/**
 * Decides, from the scenarios' needs, the manifest and the clip files on disk, what the generator does:
 * which clips to (re)generate, which are up to date, which files are recordings to keep, and which
 * manifest entries no longer match any line (stale).
 */
import type { AudioManifest, ClipEntry } from './audio-manifest';
import type { AudioNeeds, RecordedLine, WantedClip } from './audio-needs';
import type { LineUse } from './customer-lines';

export interface ClipFileFacts {
  sha256: string;
  bytes: number;
}

export interface AudioFacts {
  /** The files present in public/audio/clips, by key. */
  clipFiles: ReadonlyMap<string, ClipFileFacts>;
  /** The recorded paths named by lines (relative to public/) that exist. */
  recordedPresent: ReadonlySet<string>;
  /**
   * False when some scenarios were not read (a subset was asked for, or a file did not parse): an entry
   * that matches no line may belong to them, so nothing is judged stale.
   */
  complete: boolean;
}

export interface StaleClip {
  key: string;
  entry?: ClipEntry;
  /** The file on disk, if any. */
  file?: ClipFileFacts;
  /** The file is not the one the generator wrote: never delete it. */
  recorded: boolean;
}

export interface AudioPlan {
  /** No clip yet, or its file is gone. */
  generate: WantedClip[];
  upToDate: Array<WantedClip & { file: ClipFileFacts }>;
  /**
   * A file at the clip's place that the generator did not write (or no longer matches what it wrote).
   * `listed`: the manifest already has an entry for it (else the run adds one, so the player finds it).
   */
  recordedKept: Array<WantedClip & { file: ClipFileFacts; listed: boolean }>;
  recorded: Array<RecordedLine & { present: boolean }>;
  stale: StaleClip[];
  silent: LineUse[];
  staleChecked: boolean;
}

export function planAudio(needs: AudioNeeds, manifest: AudioManifest, facts: AudioFacts): AudioPlan {
  const plan: AudioPlan = {
    generate: [],
    upToDate: [],
    recordedKept: [],
    recorded: needs.recorded.map((line) => ({ ...line, present: facts.recordedPresent.has(line.path) })),
    stale: [],
    silent: needs.silent,
    staleChecked: facts.complete,
  };
  for (const clip of needs.clips) {
    const entry = manifest.clips[clip.key];
    const file = facts.clipFiles.get(clip.key);
    if (!file) plan.generate.push(clip);
    else if (entry && entry.sha256 === file.sha256) plan.upToDate.push({ ...clip, file });
    else plan.recordedKept.push({ ...clip, file, listed: entry !== undefined });
  }
  if (facts.complete) {
    const wanted = new Set(needs.clips.map((clip) => clip.key));
    const known = new Set([...Object.keys(manifest.clips), ...facts.clipFiles.keys()]);
    for (const key of [...known].sort()) {
      if (wanted.has(key)) continue;
      const entry = manifest.clips[key];
      const file = facts.clipFiles.get(key);
      plan.stale.push({ key, ...(entry ? { entry } : {}), ...(file ? { file } : {}), recorded: file !== undefined && file.sha256 !== entry?.sha256 });
    }
  }
  return plan;
}

/** Stale clips that `--prune` removes: the generator's own files (or entries whose file is gone). */
export function prunable(plan: AudioPlan): StaleClip[] {
  return plan.stale.filter((clip) => !clip.recorded);
}

/** Why `--check` fails: empty when every line has its clip and nothing is stale. */
export function checkProblems(plan: AudioPlan): string[] {
  const problems: string[] = [];
  for (const clip of plan.generate) problems.push(`missing clip ${clip.key} for "${clip.text}"`);
  for (const clip of plan.recordedKept) if (!clip.listed) problems.push(`recording ${clip.key} is not in the manifest yet: run npm run audio`);
  for (const line of plan.recorded) if (!line.present) problems.push(`missing recording public/${line.path}`);
  for (const clip of plan.stale) {
    problems.push(
      clip.recorded
        ? `stale recording ${clip.key} ("${clip.entry?.text ?? '?'}"): no line uses it; delete or move it by hand`
        : `stale clip ${clip.key} ("${clip.entry?.text ?? '?'}"): run with --prune`,
    );
  }
  return problems;
}
