/**
 * Turns zod's issues into plain sentences for trainers ("expected a string, got a number",
 * "unknown key \"targt\" (did you mean \"target\"?)") with the JSON path they point at.
 */
import type { core } from 'zod/mini';
import type { JsonPath } from './finding';
import { didYouMean, listNames } from './suggest';

export interface SchemaProblem {
  path: JsonPath;
  message: string;
  /** True when the position should point at a property name rather than its value. */
  atKey: boolean;
}

type Issue = core.$ZodIssue;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'a text (string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  literal: 'a fixed value',
};

function sizeWord(origin: string): string {
  return origin === 'string' ? 'character(s)' : 'item(s)';
}

/** Schemas with a custom message pass it through; zod mini's own default is "Invalid input". */
function custom(issue: Issue): string | undefined {
  return issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** For a union, report the branch that got furthest: the one that did not fail on the value's own type. */
function bestUnionBranch(errors: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const ranked = errors
    .filter((branch) => branch.length > 0)
    .map((branch) => ({
      branch,
      typeMismatch: branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'),
      depth: Math.max(...branch.map((i) => i.path.length)),
    }))
    .sort((a, b) => Number(a.typeMismatch) - Number(b.typeMismatch) || b.depth - a.depth);
  const best = ranked[0];
  return best && !best.typeMismatch ? best.branch : undefined;
}

/**
 * @param input the value the issues' paths are relative to.
 * @param vocabulary every key the format knows, for "did you mean" on unknown keys.
 * @param prefix where `input` sits in the document: prepended to every reported path.
 */
export function describeIssues(
  issues: readonly Issue[],
  input: unknown,
  vocabulary: readonly string[] = [],
  prefix: JsonPath = [],
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    const relative = issue.path as (string | number)[];
    const path = [...prefix, ...relative];
    const value = valueAt(input, relative);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        const message = value === undefined ? `is required: expected ${expected}` : `expected ${expected}, got ${describeValue(value)}`;
        problems.push({ path, message, atKey: false });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({ path: [...path, key], message: `unknown key "${key}"${didYouMean(key, vocabulary)}`, atKey: true });
        }
        break;
      case 'invalid_value': {
        const allowed = issue.values.map((v) => JSON.stringify(v));
        const message =
          allowed.length === 1
            ? `must be ${allowed[0]}, got ${describeValue(value)}`
            : `${describeValue(value)} is not allowed; use one of: ${listNames(allowed, 12)}${typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : ''}`;
        problems.push({ path, message, atKey: false });
        break;
      }
      case 'too_small': {
        const n = Number(issue.minimum);
        const message =
          issue.origin === 'string' && n <= 1
            ? 'must not be empty'
            : issue.origin === 'array' || issue.origin === 'string'
              ? `needs at least ${n} ${sizeWord(issue.origin)}`
              : `must be at least ${n}, got ${describeValue(value)}`;
        problems.push({ path, message, atKey: false });
        break;
      }
      case 'too_big': {
        const n = Number(issue.maximum);
        const message =
          issue.origin === 'array' || issue.origin === 'string'
            ? `allows at most ${n} ${sizeWord(issue.origin)}`
            : `must be at most ${n}, got ${describeValue(value)}`;
        problems.push({ path, message, atKey: false });
        break;
      }
      case 'invalid_format':
        problems.push({ path, message: `${describeValue(value)} is not valid: expected ${custom(issue) ?? issue.format}`, atKey: false });
        break;
      case 'invalid_key':
        problems.push({
          path,
          message: `key ${JSON.stringify(String(path.at(-1)))} is not allowed: ${describeIssues(issue.issues, String(path.at(-1)), vocabulary)
            .map((p) => p.message)
            .join('; ')}`,
          atKey: true,
        });
        break;
      case 'invalid_union': {
        const branch = bestUnionBranch(issue.errors);
        if (branch) problems.push(...describeIssues(branch, value, vocabulary, path));
        else problems.push({ path, message: `${describeValue(value)} does not have an accepted form here`, atKey: false });
        break;
      }
      default:
        problems.push({ path, message: custom(issue) ?? 'invalid value', atKey: false });
    }
  }
  return problems;
}
