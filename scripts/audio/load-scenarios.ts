/** Reads and parses scenario files: all of `<root>/scenarios/*.json`, or the files named on the command line. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import type { Scenario } from '../../src/core/scenario/scenario-types';

export interface LoadedScenarios {
  scenarios: Scenario[];
  /** Files that did not parse, with their first problems. */
  failures: Array<{ file: string; problems: string[] }>;
}

export async function loadScenarios(root: string, files: readonly string[]): Promise<LoadedScenarios> {
  const paths = files.length > 0 ? files.map((file) => locate(root, file)) : await allScenarioFiles(root);
  const loaded: LoadedScenarios = { scenarios: [], failures: [] };
  for (const path of paths) {
    const name = relative(root, path).split('\\').join('/');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      loaded.failures.push({ file: name, problems: [(error as Error).message] });
      continue;
    }
    const result = parseScenario(text, name);
    if (result.ok) loaded.scenarios.push(result.scenario);
    else {
      const problems = result.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`);
      loaded.failures.push({ file: name, problems });
    }
  }
  return loaded;
}

async function allScenarioFiles(root: string): Promise<string[]> {
  const dir = join(root, 'scenarios');
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name));
}

/** A path as typed (relative to the working directory), else relative to the root or its scenarios/. */
function locate(root: string, file: string): string {
  if (isAbsolute(file) || existsSync(file)) return resolve(file);
  const inRoot = join(root, file);
  return existsSync(inRoot) ? inRoot : join(root, 'scenarios', file);
}
