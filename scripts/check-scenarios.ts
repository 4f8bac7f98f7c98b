/**
 * npm run check:scenarios [--json] [--quiet] [files...]
 *
 * Checks scenario files (every scenarios/*.json by default): load errors, the checker's static
 * analysis and the cross-file checks, printed as `file:line:column  severity  code  message`,
 * each file followed by its summary. Exits 1 when there is an error, 0 with warnings only.
 * A thin wrapper: the checks live in src/core/checker (the browser app runs the same ones).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLibrary } from '../src/core/checker/check-library';
import { checkScenario, type CheckResult } from '../src/core/checker/check-scenario';
import { formatSummary } from '../src/core/checker/format-summary';
import { fileFinding } from '../src/core/checker/report';
import { sortFindings } from '../src/core/checker/sort-findings';
import { formatFinding, hasErrors, type Finding } from '../src/core/scenario/finding';

const USAGE = 'usage: npm run check:scenarios -- [--json] [--quiet] [file.json ...]\n';
const root = fileURLToPath(new URL('..', import.meta.url));
const publicDir = join(root, 'public');
const scenariosDir = join(root, 'scenarios');

function listScenarios(): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(scenariosDir);
  } catch {
    // No scenarios/ folder: nothing to check.
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => relative(process.cwd(), join(scenariosDir, name)));
}

/** Audio paths in scenarios are relative to public/. */
function audioExists(path: string): boolean {
  try {
    return statSync(join(publicDir, path)).isFile();
  } catch {
    return false;
  }
}

function checkFile(file: string): CheckResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    return { file, findings: [fileFinding('unreadable-file', `cannot read the file: ${reason}`, file)] };
  }
  return checkScenario(text, file, { fileExists: audioExists });
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function main(args: readonly string[]): number {
  const flags = args.filter((arg) => arg.startsWith('-'));
  if (flags.includes('--help') || flags.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = flags.filter((flag) => flag !== '--json' && flag !== '--quiet');
  if (unknown.length > 0) {
    process.stderr.write(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const json = flags.includes('--json');
  const quiet = flags.includes('--quiet');
  const named = args.filter((arg) => !arg.startsWith('-'));
  const files = [...new Set(named.length > 0 ? named : listScenarios())].sort();
  if (files.length === 0 && !json) {
    process.stderr.write(`no scenario files in ${relative(process.cwd(), scenariosDir) || '.'}/\n`);
    return 0;
  }

  const results = files.map(checkFile);
  const library = checkLibrary(results);
  const findingsOf = (result: CheckResult): Finding[] => sortFindings([...result.findings, ...library.filter((f) => f.file === result.file)]);
  const all = results.flatMap(findingsOf);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.length - errors;

  if (json) {
    const report = { files: results.map((result) => ({ file: result.file, findings: findingsOf(result), summary: result.summary ?? null })), errors, warnings };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const out: string[] = [];
    for (const result of results) {
      const findings = findingsOf(result);
      out.push(...findings.map(formatFinding));
      if (quiet) continue;
      if (findings.length === 0) out.push(`${result.file}: no findings`);
      if (result.summary) out.push(...formatSummary(result.summary));
      out.push('');
    }
    if (!quiet) out.push(`${plural(results.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  }
  return hasErrors(all) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
