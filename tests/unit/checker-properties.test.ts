/**
 * Properties of the checker on generated input: whatever a trainer's editor leaves in a file, the
 * checker answers with findings and never throws; and its path figures agree with brute force.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/core/checker/check-scenario';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import { toText, type Json } from '../factories/scenario-factory';

const BASE_TEXT = readFileSync('tests/fixtures/checker/valid.json', 'utf8');
const BASE: Json = JSON.parse(BASE_TEXT);
const STATE_NAMES = Object.keys(BASE.states as Json);

type Path = (string | number)[];
type Container = Record<string | number, unknown>;

/** Every path to a value inside `value` (the root excluded), in document order. */
function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsIn((value as Container)[key], [...prefix, key])]);
}

function parentOf(root: unknown, path: Path): [Container, string | number] | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Container)[key];
  }
  const last = path[path.length - 1];
  return node !== null && typeof node === 'object' && last !== undefined ? [node as Container, last] : undefined;
}

const get = (root: unknown, path: Path): unknown => {
  const at = parentOf(root, path);
  return at ? at[0][at[1]] : undefined;
};
const set = (root: unknown, path: Path, value: unknown): void => {
  const at = parentOf(root, path);
  if (at) at[0][at[1]] = value;
};

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'retarget'; at: number; target: string }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'swap'; at: number; other: number };

const weirdValues = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', '   ', 0, -1, 1e308, true, [], {}, 'final', 'moodUp', 'patience', { type: 'moodAtLeast' }, { target: 'greet' }, [{ target: 'solved' }]),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: weirdValues }),
  fc.record({ kind: fc.constant('retarget' as const), at: fc.nat(), target: fc.constantFrom(...STATE_NAMES, 'nowhere', '', '#greet', 'constructor', '__proto__', 'toString') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);

function mutate(base: Json, mutations: readonly Mutation[]): unknown {
  const root: Json = structuredClone(base);
  for (const m of mutations) {
    const paths = pathsIn(root);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length] as Path;
    if (m.kind === 'delete') {
      const at = parentOf(root, path);
      if (at && Array.isArray(at[0])) (at[0] as unknown[]).splice(Number(at[1]), 1);
      else if (at) delete at[0][at[1]];
    } else if (m.kind === 'set') {
      set(root, path, structuredClone(m.value));
    } else if (m.kind === 'retarget') {
      const targets = paths.filter((p) => p[p.length - 1] === 'target' || p[p.length - 1] === 'initial');
      if (targets.length > 0) set(root, targets[m.at % targets.length] as Path, m.target);
    } else if (m.kind === 'truncate') {
      const texts = paths.filter((p) => typeof get(root, p) === 'string');
      const text = texts[m.at % Math.max(1, texts.length)];
      if (text) set(root, text, (get(root, text) as string).slice(0, m.keep));
    } else {
      const other = paths[m.other % paths.length] as Path;
      const a = structuredClone(get(root, path));
      const b = structuredClone(get(root, other));
      set(root, path, b);
      set(root, other, a);
    }
  }
  return root;
}

/** What must hold for any input text. */
function expectWellBehaved(text: string): void {
  const result = checkScenario(text, 'mutated.json');
  expect(Array.isArray(result.findings)).toBe(true);
  const lines = text.split('\n').length;
  for (const finding of result.findings) {
    expect(finding.file).toBe('mutated.json');
    expect(['error', 'warning']).toContain(finding.severity);
    expect(finding.code).not.toBe('internal-error');
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.line).toBeLessThanOrEqual(lines);
    expect(finding.column).toBeGreaterThanOrEqual(1);
  }
  const positions = result.findings.map((f) => f.line * 1e6 + f.column);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  if (!parseScenario(text, 'mutated.json').ok) {
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(result.summary).toBeUndefined();
  } else {
    const summary = result.summary;
    expect(summary).toBeDefined();
    for (const outcome of summary?.outcomes ?? []) expect(outcome.paths).toMatch(/^(\d+|uncounted)$/);
    if (summary?.shortestCall != null && summary.longestCall != null) expect(summary.shortestCall).toBeLessThanOrEqual(summary.longestCall);
  }
}

describe('checker properties', () => {
  it('never throws on structural mutations of a valid scenario (deleted keys, wrong types, renamed targets, cut texts, swapped values)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom(0, 1, 2), (mutations, indent) => {
        expectWellBehaved(`${JSON.stringify(mutate(BASE, mutations), null, indent)}\n`);
      }),
      { numRuns: 400, seed: 20261204 },
    );
  });

  it('never throws on random edits of the JSON text, and reports invalid JSON as an error', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', '\uFEFF', 'null', '1e999', '\n')) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = BASE_TEXT;
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        expectWellBehaved(text);
      }),
      { numRuns: 400, seed: 20261204 },
    );
  });
});

/** A random small call: each state final or a decision with up to three options (an ACC effect each). */
const randomCall = fc
  .integer({ min: 2, max: 7 })
  .chain((size) =>
    fc.array(
      fc.record({
        final: fc.boolean(),
        options: fc.array(fc.record({ to: fc.nat({ max: size - 1 }), acc: fc.integer({ min: -2, max: 2 }) }), { maxLength: 3 }),
      }),
      { minLength: size, maxLength: size },
    ),
  );

type RandomCall = { final: boolean; options: { to: number; acc: number }[] }[];

function callFile(states: RandomCall): string {
  const config: Json = {};
  states.forEach((state, i) => {
    config[`s${i}`] = state.final
      ? { type: 'final', meta: { outcome: { kind: 'resolved', summary: 'Fin.' } } }
      : {
          meta: { line: { text: 'Le client parle.' } },
          on: Object.fromEntries(state.options.map((o, k) => [`opt.${k}`, { target: `s${o.to}`, meta: { option: { text: 'Réponse.', effects: { ACC: o.acc }, feedback: 'Retour.' } } }])),
        };
  });
  return toText({ ...BASE, initial: 's0', meta: { ...(BASE.meta as Json), id: 'random', skills: ['ACC'] }, states: config });
}

/** Every simple path from s0 to each final state, enumerated the slow way. */
function bruteForce(states: RandomCall) {
  const perFinal = new Map<number, number>();
  let [shortest, longest, lowest, highest] = [Infinity, -Infinity, Infinity, -Infinity];
  const visit = (node: number, seen: Set<number>, decisions: number, acc: number): void => {
    const state = states[node];
    if (!state) return;
    if (state.final) {
      perFinal.set(node, (perFinal.get(node) ?? 0) + 1);
      [shortest, longest] = [Math.min(shortest, decisions), Math.max(longest, decisions)];
      [lowest, highest] = [Math.min(lowest, acc), Math.max(highest, acc)];
      return;
    }
    for (const option of state.options) {
      if (seen.has(option.to)) continue;
      visit(option.to, new Set([...seen, option.to]), decisions + 1, acc + option.acc);
    }
  };
  visit(0, new Set([0]), 0, 0);
  const none = perFinal.size === 0;

  // Loops on the way: simple cycles through a state the call can reach and end from.
  const next = (node: number) => (states[node]?.final ? [] : (states[node]?.options ?? []));
  const reach = (from: number): Set<number> => {
    const seen = new Set([from]);
    for (const node of seen) for (const option of next(node)) seen.add(option.to);
    return seen;
  };
  const onTheWay = [...reach(0)].filter((node) => [...reach(node)].some((other) => states[other]?.final));
  const cycleTotals: number[] = [];
  const cycles = (start: number, node: number, seen: Set<number>, acc: number): void => {
    for (const option of next(node)) {
      if (option.to === start) cycleTotals.push(acc + option.acc);
      else if (!seen.has(option.to)) cycles(start, option.to, new Set([...seen, option.to]), acc + option.acc);
    }
  };
  for (const node of onTheWay) cycles(node, node, new Set([node]), 0);

  return {
    perFinal,
    shortest: none ? null : shortest,
    longest: none ? null : longest,
    lowest: none ? null : lowest,
    highest: none ? null : highest,
    longestUnbounded: cycleTotals.length > 0,
    falls: cycleTotals.some((total) => total < 0),
    grows: cycleTotals.some((total) => total > 0),
  };
}

describe('checker summary agrees with brute force on random small calls', () => {
  it('simple paths per outcome, shortest and longest call, lowest and highest score, and the loops that stretch them', () => {
    fc.assert(
      fc.property(randomCall, (states) => {
        const summary = checkScenario(callFile(states), 'random.json').summary;
        expect(summary).toBeDefined();
        const expected = bruteForce(states);
        for (const outcome of summary?.outcomes ?? []) {
          expect(outcome.paths).toBe(String(expected.perFinal.get(Number(outcome.state.slice(1))) ?? 0));
        }
        expect(summary?.shortestCall).toBe(expected.shortest);
        expect(summary?.longestCall).toBe(expected.longest);
        expect(summary?.longestCallUnbounded).toBe(expected.longestUnbounded);
        const acc = summary?.skills.find((s) => s.skill === 'ACC');
        if (acc) {
          expect([acc.min, acc.max]).toEqual([expected.lowest, expected.highest]);
          expect([acc.fallsInLoops, acc.growsInLoops]).toEqual([expected.falls, expected.grows]);
        }
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
