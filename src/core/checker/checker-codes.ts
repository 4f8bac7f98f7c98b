/**
 * Every finding code the checker adds to the parser's load errors, with its fixed severity.
 * docs/checker.md documents each one; tests keep the two in step and hold a fixture per code.
 */
import type { Severity } from '../scenario/finding';

export const CHECKER_CODES = {
  'unreachable-state': 'error',
  'dead-end': 'error',
  'no-reachable-final': 'error',
  'endless-loop': 'error',
  'missing-audio': 'error',
  'duplicate-id': 'error',
  'unreadable-file': 'error',
  'internal-error': 'error',
  'route-without-fallback': 'warning',
  'shadowed-branch': 'warning',
  'same-scores': 'warning',
  'skill-not-scored': 'warning',
  'skill-not-declared': 'warning',
  'hurry-without-timer': 'warning',
  'long-line': 'warning',
  'id-file-mismatch': 'warning',
} as const satisfies Record<string, Severity>;

export type CheckerCode = keyof typeof CHECKER_CODES;
