/**
 * JSON text with positions: parse once with jsonc-parser (strict JSON: no comments, no trailing
 * commas) and answer "where in the text is this JSON path?" for error messages.
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
  root: Node | undefined;
  syntaxErrors: SyntaxProblem[];
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

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

export function parseJsonDocument(text: string): JsonDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const starts = lineStarts(text);

  const positionOf = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };

  const syntaxErrors =
    text.trim() === ''
      ? [{ line: 1, column: 1, message: 'the file is empty' }]
      : errors.map((error) => {
          const name = printParseErrorCode(error.error);
          return { ...positionOf(error.offset), message: SYNTAX_MESSAGES[name] ?? name };
        });

  const locate = (path: JsonPath, options: { key?: boolean } = {}): Position => {
    if (!root) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
      if (!node) continue;
      const keyNode = depth === path.length && options.key && node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return positionOf((keyNode ?? node).offset);
    }
    return positionOf(root.offset);
  };

  return { text, root, syntaxErrors, positionOf, locate };
}

export interface DuplicateKey {
  path: JsonPath;
  key: string;
  position: Position;
}

/** JSON.parse keeps the last of two equal keys without a word; trainers need to hear about it. */
export function findDuplicateKeys(doc: JsonDocument): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const visit = (node: Node, path: (string | number)[]): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        if (seen.has(key)) found.push({ path: [...path, key], key, position: doc.positionOf(keyNode.offset) });
        seen.add(key);
        if (valueNode) visit(valueNode, [...path, key]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => visit(child, [...path, index]));
    }
  };
  if (doc.root) visit(doc.root, []);
  return found;
}
