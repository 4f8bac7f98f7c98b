/**
 * The summary under each checked file: size, paths per outcome, call length in decisions and
 * score ranges per skill, on small calls worked out by hand (definitions in docs/checker.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCallGraph } from '../../src/core/checker/call-graph';
import { checkScenario } from '../../src/core/checker/check-scenario';
import { formatSummary } from '../../src/core/checker/format-summary';
import { graphFacts } from '../../src/core/checker/graph-facts';
import { simplePathFigures } from '../../src/core/checker/simple-paths';
import { fakeScenarioFile, parseOrThrow, toText, type Json } from '../factories/scenario-factory';

const option = (target: string, effects: Json = {}): Json => ({ target, meta: { option: { text: `Vers ${target}`, effects, feedback: 'Retour.' } } });
const timer = (target: string, effects: Json = {}): Json => ({ target, meta: { timeout: { effects, feedback: 'Trop long.' } } });
const decision = (on: Json, after?: Json): Json => ({ meta: { line: { text: 'Le client parle.' } }, on, ...(after ? { after } : {}) });
const final = (kind: string): Json => ({ type: 'final', meta: { outcome: { kind, summary: 'Fin.' } } });

/** A call made of these states, starting at `initial`, training `skills`. */
function call(initial: string, skills: string[], states: Json): Json {
  const base = fakeScenarioFile();
  return { ...base, initial, meta: { ...(base.meta as Json), skills }, states };
}

function summaryOf(file: Json | string, { errors = false } = {}) {
  const result = checkScenario(typeof file === 'string' ? file : toText(file), 'test-call.json');
  if (!errors) expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  if (!result.summary) throw new Error('no summary');
  return result.summary;
}

const noLoops = { fallsInLoops: false, growsInLoops: false };

/**
 * intro ─begin (ACC+1)→ start ─ask (DEC+1)→ clarify ─solve (RES+2)→ good
 *   │ hangup (ACC-1)        │ guess (DEC-2)      │ again (DEC-1) → back to start
 *   │ patience timer (ACC-2)└→ bad              └ silence timer (ATT-1) → clarify itself
 *   └→ gone
 */
const loopingCall = call('intro', ['ACC', 'DEC', 'ATT', 'RES'], {
  intro: decision({ 'opt.begin': option('start', { ACC: 1 }), 'opt.hangup': option('gone', { ACC: -1 }) }, { patience: timer('gone', { ACC: -2 }) }),
  start: decision({ 'opt.ask': option('clarify', { DEC: 1 }), 'opt.guess': option('bad', { DEC: -2 }) }),
  clarify: decision({ 'opt.again': option('start', { DEC: -1 }), 'opt.solve': option('good', { RES: 2 }) }, { silence: timer('clarify', { ATT: -1 }) }),
  good: final('resolved'),
  bad: final('complaint'),
  gone: final('abandoned'),
});

describe('checker summary', () => {
  it('counts states, options, paths per outcome, call length and score ranges on a loop-free call', () => {
    // greet has 2 options and a timer; verify has 3 options, one of them with two branches.
    expect(summaryOf(fakeScenarioFile())).toEqual({
      id: 'test-call',
      states: 5,
      decisionStates: 2,
      routeStates: 0,
      finalStates: 3,
      decisions: 5,
      outcomes: [
        { state: 'solved', kind: 'resolved', paths: '6', throughLoop: false }, // 2 greetings × (check, skip's fallback, bonus)
        { state: 'complaint', kind: 'complaint', paths: '2', throughLoop: false }, // 2 greetings × skip's guarded branch
        { state: 'lost', kind: 'lost', paths: '1', throughLoop: false }, // the patience timer
      ],
      shortestCall: 0, // the timer: no answer at all
      longestCall: 2,
      longestCallUnbounded: false,
      skills: [
        { skill: 'ACC', declared: true, min: -2, max: 2, ...noLoops },
        { skill: 'CNF', declared: true, min: -2, max: 2, ...noLoops },
      ],
    });
  });

  it('counts a route as no decision and its branches as separate paths', () => {
    const summary = summaryOf(readFileSync('tests/fixtures/checker/valid.json', 'utf8'));
    expect(summary.routeStates).toBe(1);
    expect(summary.outcomes.map((o) => [o.state, o.paths])).toEqual([
      ['solved', '6'],
      ['complaint', '6'],
      ['hung-up', '1'],
    ]);
    expect([summary.shortestCall, summary.longestCall]).toEqual([0, 3]); // greet, check, (route), empathy
  });

  it('counts simple paths through loops, flags the outcomes behind a loop and the totals a loop stretches', () => {
    expect(summaryOf(loopingCall)).toEqual({
      id: 'test-call',
      states: 6,
      decisionStates: 3,
      routeStates: 0,
      finalStates: 3,
      decisions: 6,
      outcomes: [
        { state: 'good', kind: 'resolved', paths: '1', throughLoop: true },
        { state: 'bad', kind: 'complaint', paths: '1', throughLoop: true },
        { state: 'gone', kind: 'abandoned', paths: '2', throughLoop: false },
      ],
      shortestCall: 0,
      longestCall: 3, // begin, ask, solve
      longestCallUnbounded: true, // ask and again, round and round
      skills: [
        { skill: 'ACC', declared: true, min: -2, max: 1, ...noLoops }, // the timer counts: -2
        { skill: 'DEC', declared: true, min: -2, max: 1, ...noLoops }, // ask +1 then again -1: a loop that totals 0 stretches nothing
        { skill: 'ATT', declared: true, min: 0, max: 0, fallsInLoops: true, growsInLoops: false }, // the silence timer, again and again
        { skill: 'RES', declared: true, min: 0, max: 2, ...noLoops },
      ],
    });
  });

  it('prints the summary as a compact table', () => {
    expect(formatSummary(summaryOf(loopingCall))).toEqual([
      '  test-call: 6 states (3 decision, 0 route, 3 final), 6 options',
      '  call length in decisions: shortest 0, longest 3 (more round a loop of answers)',
      '  outcome  kind           paths',
      '  good     resolved   1 + loops',
      '  bad      complaint  1 + loops',
      '  gone     abandoned          2',
      '  skill       ACC  DEC  ATT  RES',
      '  lowest       -2   -2    0    0',
      '  highest      +1   +1    0   +2',
      '  by looping             -∞',
    ]);
  });

  it('keeps exact path counts beyond 2^53 (sixty two-way choices in a row)', () => {
    const states: Json = { end: final('resolved') };
    for (let i = 59; i >= 0; i--) {
      const next = i === 59 ? 'end' : `s${i + 1}`;
      states[`s${i}`] = decision({ 'opt.good': option(next, { ACC: 1 }), 'opt.poor': option(next, { ACC: -1 }) });
    }
    const summary = summaryOf(call('s0', ['ACC'], states));
    expect(summary.outcomes).toEqual([{ state: 'end', kind: 'resolved', paths: (2n ** 60n).toString(), throughLoop: false }]);
    expect(summary.outcomes[0]?.paths).toBe('1152921504606846976');
    expect([summary.shortestCall, summary.longestCall]).toEqual([60, 60]);
    expect(summary.skills).toEqual([{ skill: 'ACC', declared: true, min: -60, max: 60, ...noLoops }]);
    expect(formatSummary(summary)[3]).toBe('  end      resolved  ≈1.15e+18'); // the table abbreviates past 15 digits
  });

  it('reports no figures when no final state can be reached', () => {
    const summary = summaryOf(readFileSync('tests/fixtures/checker/no-reachable-final.json', 'utf8'), { errors: true });
    expect(summary.outcomes.every((o) => o.paths === '0')).toBe(true);
    expect([summary.shortestCall, summary.longestCall]).toEqual([null, null]);
    expect(summary.skills.every((s) => s.min === null && s.max === null)).toBe(true);
    expect(formatSummary(summary)[1]).toBe('  no final state can be reached');
  });

  it('stops enumerating inside loops past its budget: the outcomes behind the loop are "uncounted", not guessed', () => {
    const scenario = parseOrThrow(loopingCall);
    const graph = buildCallGraph(scenario);
    const figures = simplePathFigures(graph, graphFacts(graph).components, [], 0);
    const byState = (id: string) => {
      const index = graph.indexOf.get(id) ?? -1;
      return { count: figures.counts[index], uncounted: figures.uncounted[index] };
    };
    expect(byState('good').uncounted).toBe(true);
    expect(byState('bad').uncounted).toBe(true);
    expect(byState('gone')).toEqual({ count: 2n, uncounted: false });
  });
});
