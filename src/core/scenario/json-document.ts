/**
 * JSON text with positions. The fast path is the platform's JSON.parse; the position-aware
 * parser (jsonc-parser, strict: no comments, no trailing commas) only runs when a position is
 * actually needed: to explain a syntax error, or to point a finding at a line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPath } from './finding';

export interface Position {
  line: number;
  column: number;
}

export interface SyntaxProblem extends Position {
  message: string;
}

export interface JsonDocument {
  text: string;
  /** The parsed value; undefined when there are syntax errors. */
  value: unknown;
  syntaxErrors: SyntaxProblem[];
  /** The position tree, built on first use. */
  readonly root: Node | undefined;
  positionOf(offset: number): Position;
  /** Position of the value at `path`, or of the deepest ancestor that exists. `key` points at the property name instead. */
  locate(path: JsonPath, options?: { key?: boolean }): Position;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unfinished comment',
  UnexpectedEndOfString: 'unfinished string (missing closing quote)',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character in string',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

const TREE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export function parseJsonDocument(text: string): JsonDocument {
  let starts: number[] | undefined;
  const positionOf = (offset: number): Position => {
    starts ??= lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };

  let tree: { root: Node | undefined; errors: ParseError[] } | undefined;
  const buildTree = () => {
    if (!tree) {
      const errors: ParseError[] = [];
      tree = { root: parseTree(text, errors, TREE_OPTIONS), errors };
    }
    return tree;
  };

  let value: unknown;
  let syntaxErrors: SyntaxProblem[] = [];
  if (text.trim() === '') {
    syntaxErrors = [{ line: 1, column: 1, message: 'the file is empty' }];
  } else {
    try {
      value = JSON.parse(text);
    } catch (error) {
      syntaxErrors = buildTree().errors.map((e) => {
        const name = printParseErrorCode(e.error);
        return { ...positionOf(e.offset), message: SYNTAX_MESSAGES[name] ?? name };
      });
      if (syntaxErrors.length === 0) syntaxErrors = [{ line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }];
    }
  }

  const locate = (path: JsonPath, options: { key?: boolean } = {}): Position => {
    const { root } = buildTree();
    if (!root) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
      if (!node) continue;
      const keyNode = depth === path.length && options.key && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return positionOf((keyNode ?? node).offset);
    }
    return positionOf(root.offset);
  };

  return {
    text,
    value,
    syntaxErrors,
    get root() {
      return buildTree().root;
    },
    positionOf,
    locate,
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  let index = text.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = text.indexOf('\n', index + 1);
  }
  return starts;
}

export interface DuplicateKey {
  path: JsonPath;
  key: string;
  position: Position;
}

/**
 * JSON.parse keeps the last of two equal keys without a word; trainers need to hear about it.
 * A single pass over valid JSON text (call it only when JSON.parse succeeded), tracking the keys
 * of each open object and the path to it.
 */
export function findDuplicateKeys(doc: JsonDocument): DuplicateKey[] {
  const { text } = doc;
  const found: DuplicateKey[] = [];
  // One frame per open container: its keys (objects only), the key under which the next value
  // sits, and the next array index. Paths are rebuilt from the frames only for a duplicate.
  const frames: { keys: Set<string> | undefined; key: string; index: number }[] = [];
  const pathTo = (depth: number): (string | number)[] =>
    frames.slice(0, depth).map((frame) => (frame.keys ? frame.key : frame.index));
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      let j = text.indexOf('"', i + 1);
      while (j > 0 && isEscaped(text, j)) j = text.indexOf('"', j + 1);
      if (j < 0) break;
      const frame = frames[frames.length - 1];
      if (expectKey && frame?.keys) {
        const raw = text.slice(i, j + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        frame.key = key;
        if (frame.keys.has(key)) found.push({ path: pathTo(frames.length), key, position: doc.positionOf(i) });
        frame.keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === 123 /* { */) {
      frames.push({ keys: new Set(), key: '', index: 0 });
      expectKey = true;
    } else if (c === 91 /* [ */) {
      frames.push({ keys: undefined, key: '', index: 0 });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      frames.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const frame = frames[frames.length - 1];
      if (frame?.keys) expectKey = true;
      else if (frame) frame.index++;
    }
  }
  return found;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let k = quote - 1; text.charCodeAt(k) === 92; k--) backslashes++;
  return backslashes % 2 === 1;
}
