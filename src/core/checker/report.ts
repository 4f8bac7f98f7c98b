/** Findings of the checker, positioned in the JSON text like the parser's load errors. */
import type { Finding, JsonPath } from '../scenario/finding';
import type { JsonDocument } from '../scenario/json-document';
import { CHECKER_CODES, type CheckerCode } from './checker-codes';

/** Adds a finding at `path`; `key` points at the property name instead of its value. */
export type Report = (code: CheckerCode, message: string, path: JsonPath, options?: { key?: boolean }) => void;

export function checkerFinding(code: CheckerCode, message: string, file: string, path: JsonPath, position: { line: number; column: number }): Finding {
  return { severity: CHECKER_CODES[code], code, message, file, path, line: position.line, column: position.column };
}

/** A finding about the whole file (it cannot be read, the checker failed), at its first character. */
export function fileFinding(code: CheckerCode, message: string, file: string): Finding {
  return checkerFinding(code, message, file, [], { line: 1, column: 1 });
}

export function reporter(file: string, document: JsonDocument, into: Finding[]): Report {
  return (code, message, path, options = {}) => into.push(checkerFinding(code, message, file, path, document.locate(path, options)));
}
