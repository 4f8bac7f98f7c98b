/**
 * Checks scenario files a trainer loaded from disk with the same checker as the repository's
 * CLI. Audio paths named in a file are checked against what the app can actually load.
 */
import { checkScenario, type CheckResult } from './check-scenario';
import { checkLibrary } from './check-library';
import { sortFindings } from './sort-findings';
import { parseScenario } from '../scenario/parse-scenario';
import { toCard, type ScenarioCard } from '../scenario/scenario-card';

export interface CheckedFile {
  result: CheckResult;
  text: string;
  /** Present when the file loads: it can be played. */
  card?: ScenarioCard;
}

/** The recordings a scenario names explicitly (`audio` on a line or a variant); none when it does not load. */
export function namedAudio(text: string, file: string): string[] {
  const parsed = parseScenario(text, file);
  if (!parsed.ok) return [];
  return Object.values(parsed.scenario.states).flatMap((state) => [state.line, ...state.variants].flatMap((line) => (line?.audio ? [line.audio] : [])));
}

export async function checkFiles(
  files: readonly { name: string; text: () => Promise<string> }[],
  existingFiles: (paths: readonly string[]) => Promise<Set<string>>,
): Promise<CheckedFile[]> {
  const texts = await Promise.all(files.map((f) => f.text()));
  const existing = await existingFiles([...new Set(texts.flatMap((text, i) => namedAudio(text, files[i]?.name ?? '')))]);
  const results = texts.map((text, i) => checkScenario(text, files[i]?.name ?? 'file.json', { fileExists: (path) => existing.has(path) }));
  // Across files: the same id twice. File names are the trainer's own, so no name check here.
  const across = checkLibrary(results).filter((finding) => finding.code === 'duplicate-id');
  return results.map((result, i) => {
    const extra = across.filter((f) => f.file === result.file);
    const merged = extra.length > 0 ? { ...result, findings: sortFindings([...result.findings, ...extra]) } : result;
    return { result: merged, text: texts[i] ?? '', ...(result.scenario ? { card: toCard(result.scenario) } : {}) };
  });
}
