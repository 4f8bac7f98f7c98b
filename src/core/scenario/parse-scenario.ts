/**
 * The boundary: scenario file text in, either a checked `Scenario` or a list of findings that each
 * name the file, the JSON path, the line and column, and what is wrong.
 */
import { buildScenario } from './build-scenario';
import { checkReferences } from './check-references';
import type { Finding, JsonPath, Severity } from './finding';
import { findDuplicateKeys, parseJsonDocument, type JsonDocument } from './json-document';
import { describeIssues } from './schema-issues';
import { FORMAT_KEYS, scenarioSchemas } from './scenario-schema';
import type { Scenario } from './scenario-types';

export type ParseResult =
  | { ok: true; scenario: Scenario; findings: Finding[]; document: JsonDocument }
  | { ok: false; findings: Finding[]; document: JsonDocument };

export function parseScenario(text: string, file: string): ParseResult {
  const document = parseJsonDocument(text.replace(/^\uFEFF/, ''));
  const findings: Finding[] = [];
  const add = (severity: Severity, code: string, message: string, path: JsonPath, position: { line: number; column: number }) =>
    findings.push({ severity, code, message, file, path, ...position });
  const report = (path: JsonPath, code: string, message: string, atKey = false) =>
    add('error', code, message, path, document.locate(path, { key: atKey }));

  if (document.syntaxErrors.length > 0) {
    // Only the first: the ones after it are usually knock-on effects of the same slip.
    const [first] = document.syntaxErrors;
    if (first) add('error', 'json-syntax', `invalid JSON: ${first.message}`, [], { line: first.line, column: first.column });
    return { ok: false, findings, document };
  }
  for (const duplicate of findDuplicateKeys(document)) {
    add('error', 'duplicate-key', `key "${duplicate.key}" appears twice in the same object; the second would silently replace the first`, duplicate.path, duplicate.position);
  }

  const raw = document.value;
  const result = scenarioSchemas.scenarioFile.safeParse(raw);
  if (!result.success) {
    for (const problem of describeIssues(result.error.issues, raw, FORMAT_KEYS)) {
      report(problem.path, 'schema', problem.message, problem.atKey);
    }
    return { ok: false, findings, document };
  }

  checkReferences(result.data, report);
  if (findings.some((f) => f.severity === 'error')) return { ok: false, findings, document };
  return { ok: true, scenario: buildScenario(result.data, raw, file), findings, document };
}
