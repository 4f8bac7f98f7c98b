/** Findings in reading order: by file, then line, then column (ties keep their order). */
import type { Finding } from '../scenario/finding';

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
