/**
 * The audio pipeline, callable from the CLI (generate-audio.ts) and from tests: plan from the
 * scenarios, the manifest and the files on disk; then generate, adopt, prune and write the manifest,
 * or, with `check`, only say whether anything is missing or stale.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { audioNeeds } from '../../src/core/audio/audio-needs';
import { nextManifest, type MeasuredClip } from '../../src/core/audio/next-manifest';
import { checkProblems, planAudio, prunable, type AudioPlan, type StaleClip } from '../../src/core/audio/plan-audio';
import { formatSummary } from './format-summary';
import { existingFiles, inspectClipFiles } from './inspect-audio';
import { loadScenarios, type LoadedScenarios } from './load-scenarios';
import { readManifest, writeManifest } from './manifest-file';
import { runLimited } from './run-limited';
import { measureClip, synthesizeClip } from './synthesize-clip';

export interface AudioRunOptions {
  /** The folder holding scenarios/ and public/. */
  root: string;
  check: boolean;
  prune: boolean;
  /** Scenario files to read; empty for all of scenarios/. */
  files: readonly string[];
  /** Clips synthesised at once (default 2). */
  jobs?: number;
}

export interface AudioRunReport {
  exitCode: number;
  check: boolean;
  loaded: LoadedScenarios;
  plan: AudioPlan;
  generated: Map<string, MeasuredClip>;
  failed: Map<string, string>;
  pruned: StaleClip[];
  manifestWritten: boolean;
  elapsedMs: number;
}

export async function runAudio(options: AudioRunOptions, log: (line: string) => void): Promise<AudioRunReport> {
  const started = performance.now();
  const publicDir = join(options.root, 'public');
  const clipsDir = join(publicDir, 'audio', 'clips');
  const manifestPath = join(publicDir, 'audio', 'manifest.json');

  const loaded = await loadScenarios(options.root, options.files);
  for (const failure of loaded.failures) log(`skipped ${failure.file}: ${failure.problems.slice(0, 3).join('; ')}`);
  const { manifest, text: manifestText, warning } = await readManifest(manifestPath);
  if (warning) log(warning);

  const needs = audioNeeds(loaded.scenarios);
  const plan = planAudio(needs, manifest, {
    clipFiles: await inspectClipFiles(clipsDir),
    recordedPresent: await existingFiles(publicDir, needs.recorded.map((line) => line.path)),
    complete: options.files.length === 0 && loaded.failures.length === 0,
  });
  const report: AudioRunReport = {
    exitCode: 0, check: options.check, loaded, plan, generated: new Map(), failed: new Map(), pruned: [], manifestWritten: false, elapsedMs: 0,
  };

  if (options.check) {
    const problems = [...loaded.failures.map((failure) => `${failure.file} does not parse: its audio cannot be checked`), ...checkProblems(plan)];
    for (const problem of problems) log(problem);
    report.exitCode = problems.length > 0 ? 1 : 0;
  } else {
    await mkdir(clipsDir, { recursive: true });
    const workDir = await mkdtemp(join(tmpdir(), 'callcourt-audio-'));
    try {
      await runLimited(plan.generate, options.jobs ?? 2, async (clip) => {
        try {
          report.generated.set(clip.key, await synthesizeClip(clip, join(clipsDir, `${clip.key}.ogg`), workDir));
        } catch (error) {
          report.failed.set(clip.key, (error as Error).message);
        }
      });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    const adopted = new Map<string, { bytes: number; ms: number }>();
    for (const clip of plan.recordedKept.filter(({ listed }) => !listed)) {
      const { bytes, ms } = await measureClip(join(clipsDir, `${clip.key}.ogg`)).catch(() => ({ bytes: 0, ms: 0 }));
      adopted.set(clip.key, { bytes, ms });
    }
    const pruning = options.prune && plan.staleChecked;
    if (options.prune && !plan.staleChecked) log('--prune skipped: some scenarios were not read, so stale clips cannot be told apart');
    if (pruning) {
      report.pruned = prunable(plan);
      for (const clip of report.pruned) if (clip.file) await rm(join(clipsDir, `${clip.key}.ogg`), { force: true });
    }
    report.manifestWritten = await writeManifest(manifestPath, nextManifest(manifest, plan, { generated: report.generated, adopted, pruned: pruning }), manifestText);
    report.exitCode = report.failed.size > 0 ? 1 : 0;
  }
  report.elapsedMs = performance.now() - started;
  for (const line of formatSummary(report)) log(line);
  return report;
}
