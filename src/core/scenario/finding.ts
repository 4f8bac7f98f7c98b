/**
 * A finding: one thing wrong (or worth a look) in a scenario file, with where it is.
 * Load errors, checker errors and warnings all share this shape so every surface
 * (CLI, in-app checker, library loader) prints the same message.
 */
export type Severity = 'error' | 'warning';
export type JsonPath = readonly (string | number)[];

export interface Finding {
  severity: Severity;
  /** Stable kebab-case identifier, e.g. `missing-target`; load errors are documented in docs/scenario-format.md, checker findings in docs/checker.md. */
  code: string;
  message: string;
  file: string;
  path: JsonPath;
  /** 1-based position in the file's text. */
  line: number;
  column: number;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.states.opening.on["opt.greet"][0].target` */
export function formatJsonPath(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** `file:line:column  severity  code  message (at $.path)`, the checker's output line. */
export function formatFinding(finding: Finding): string {
  const where = finding.path.length > 0 ? ` (at ${formatJsonPath(finding.path)})` : '';
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.code}  ${finding.message}${where}`;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
