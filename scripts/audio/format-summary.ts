/** The run's report for a terminal: one line per change or problem, then the counts with sizes. */
import { describeUse } from '../../src/core/audio/customer-lines';
import type { AudioRunReport } from './run-audio';

export function formatSummary(report: AudioRunReport): string[] {
  const { plan, check } = report;
  const out: string[] = [];
  const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

  for (const clip of plan.generate) {
    const made = report.generated.get(clip.key);
    const failure = report.failed.get(clip.key);
    if (made) out.push(`  + ${clip.key}  ${kb(made.bytes).padStart(8)}  ${quote(clip.text)}`);
    else if (failure) out.push(`  ! ${clip.key}  failed: ${failure} (${describeUse(clip.uses[0]!)} plays its caption only)`);
    else if (check) out.push(`  ? ${clip.key}  missing  ${quote(clip.text)}`);
  }
  for (const clip of plan.recordedKept) out.push(`  = ${clip.key}  recorded (kept)  ${quote(clip.text)}`);
  for (const line of plan.recorded) if (!line.present) out.push(`  ? public/${line.path}  recording missing (${describeUse(line.uses[0]!)})`);
  const pruned = new Set(report.pruned.map((clip) => clip.key));
  for (const clip of plan.stale) {
    const what = pruned.has(clip.key) ? 'pruned' : clip.recorded ? 'stale recording (kept; remove by hand)' : 'stale';
    out.push(`  - ${clip.key}  ${what}  ${quote(clip.entry?.text ?? '(no manifest entry)')}`);
  }

  const lines = [...plan.generate, ...plan.upToDate, ...plan.recordedKept].reduce((n, clip) => n + clip.uses.length, 0)
    + plan.recorded.reduce((n, line) => n + line.uses.length, 0) + plan.silent.length;
  const clips = plan.generate.length + plan.upToDate.length + plan.recordedKept.length;
  const generatedBytes = [...report.generated.values()].reduce((n, clip) => n + clip.bytes, 0);
  const upToDateBytes = plan.upToDate.reduce((n, clip) => n + clip.file.bytes, 0);
  const keptBytes = plan.recordedKept.reduce((n, clip) => n + clip.file.bytes, 0);
  const staleBytes = plan.stale.reduce((n, clip) => n + (clip.file?.bytes ?? 0), 0);
  const missingRecordings = plan.recorded.filter((line) => !line.present).length;
  const row = (label: string, count: number, bytes?: number, note = '') =>
    `  ${label.padEnd(18)}${String(count).padStart(5)}${bytes === undefined || count === 0 ? '' : kb(bytes).padStart(11)}${note ? `  ${note}` : ''}`;

  out.push(
    `audio${check ? ' --check' : ''}: ${report.loaded.scenarios.length} scenarios, ${lines} customer lines, ${clips} generated-voice clips` +
      (report.loaded.failures.length ? `, ${report.loaded.failures.length} scenario file(s) skipped` : ''),
  );
  if (check) out.push(row('missing', plan.generate.length));
  else out.push(row('generated', report.generated.size, generatedBytes));
  out.push(row('up to date', plan.upToDate.length, upToDateBytes));
  out.push(row('recorded (kept)', plan.recordedKept.length, keptBytes));
  out.push(row('recordings named', plan.recorded.length, undefined, missingRecordings ? `${missingRecordings} missing` : ''));
  if (plan.staleChecked) out.push(row(report.pruned.length ? 'stale (pruned)' : 'stale', plan.stale.length, staleBytes, plan.stale.length && !report.pruned.length && !check ? 'run with --prune to delete' : ''));
  else out.push(`  stale             (not checked: only part of the scenarios was read)`);
  if (!check) out.push(row('failed', report.failed.size));
  if (plan.silent.length) out.push(row('nothing to say', plan.silent.length, undefined, 'stage directions only: caption, no clip'));
  const total = generatedBytes + upToDateBytes + keptBytes;
  out.push(`  clips in use: ${kb(total)}${check ? '' : `; took ${(report.elapsedMs / 1000).toFixed(1)} s`}${report.manifestWritten ? '; manifest updated' : ''}`);
  return out;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
