/**
 * The checker's findings, one fixture per code: each file in tests/fixtures/checker is valid.json
 * broken in one way, and the checker must say exactly what, where (line and column) and how bad.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../src/core/checker/check-library';
import { checkScenario } from '../../src/core/checker/check-scenario';
import { CHECKER_CODES } from '../../src/core/checker/checker-codes';
import type { Finding } from '../../src/core/scenario/finding';

const DIR = 'tests/fixtures/checker';
const noAudioFiles = () => false;

function check(name: string, fileExists: (path: string) => boolean = noAudioFiles) {
  const file = `${DIR}/${name}`;
  return checkScenario(readFileSync(file, 'utf8'), file, { fileExists });
}

const brief = ({ severity, code, message, line, column }: Finding) => ({ severity, code, message, line, column });
const findingsOf = (name: string) => check(name).findings.map(brief);

describe('the base all fixtures derive from', () => {
  it('is a valid call with no findings and a summary', () => {
    const result = check('valid.json');
    expect(result.findings).toEqual([]);
    expect(result.scenario?.id).toBe('valid');
    expect(result.summary?.states).toBe(7);
  });
});

describe('checker findings: one broken fixture per code, with its exact message and position', () => {
  const cases: [fixture: string, what: string, expected: ReturnType<typeof brief>[]][] = [
    ['unreachable-state.json', 'a state that no move leads to, positioned at its key', [
      { severity: 'error', code: 'unreachable-state', message: 'state "callback-offer" cannot be reached: no path from the start ("greet") leads to it', line: 55, column: 5 },
    ]],
    ['dead-end.json', 'a route whose guards leave a mood with no branch', [
      { severity: 'error', code: 'dead-end', message: 'the call can get stuck in "mood-check": when the mood is neutral, no "always" branch applies; end the list with a branch without a guard', line: 39, column: 5 },
    ]],
    ['dead-end--no-way-out.json', 'a decision state with no option and no timer', [
      { severity: 'error', code: 'dead-end', message: 'the call gets stuck in "transfer": nothing leads on from here (no option, timer or route) and it is not a final state', line: 55, column: 5 },
    ]],
    ['dead-end--guarded-options.json', 'a decision whose options are all guarded, leaving a mood with none, and no timer', [
      { severity: 'error', code: 'dead-end', message: 'the call can get stuck in "reassure": when the mood is irritated, no option is offered and no timer applies; add an option without a guard, or a timer', line: 45, column: 5 },
    ]],
    ['endless-loop.json', 'a state that only leads back to itself', [
      { severity: 'error', code: 'endless-loop', message: '"on-hold" only leads back to itself: once the call gets there, it can never end; give it a way to a final state', line: 55, column: 5 },
    ]],
    ['no-reachable-final.json', 'every move that ended the call now leads back to the start (the finals are then unreachable too)', [
      { severity: 'error', code: 'no-reachable-final', message: 'no final state can be reached from the start ("greet"): every path ends in a loop or a dead end, so the call never ends', line: 3, column: 14 },
      { severity: 'error', code: 'unreachable-state', message: 'state "solved" cannot be reached: no path from the start ("greet") leads to it', line: 55, column: 5 },
      { severity: 'error', code: 'unreachable-state', message: 'state "complaint" cannot be reached: no path from the start ("greet") leads to it', line: 56, column: 5 },
      { severity: 'error', code: 'unreachable-state', message: 'state "hung-up" cannot be reached: no path from the start ("greet") leads to it', line: 57, column: 5 },
    ]],
    ['missing-audio.json', 'a recorded clip that is not under public/, positioned at the audio value', [
      { severity: 'error', code: 'missing-audio', message: 'audio file "audio/recorded/missing-audio-greet.ogg" does not exist under public/', line: 17, column: 98 },
    ]],
    ['route-without-fallback.json', 'a route whose guarded branches happen to cover every mood', [
      { severity: 'warning', code: 'route-without-fallback', message: 'every "always" branch of "mood-check" has a guard: together they cover every mood today, but a last branch without a guard keeps the call from getting stuck if one changes', line: 40, column: 7 },
    ]],
    ['shadowed-branch.json', 'a branch after an unguarded one, positioned at the branch', [
      { severity: 'warning', code: 'shadowed-branch', message: 'branch 3 of option "opt.skip" in "verify" is never taken: an earlier branch has no guard, so it is always taken first', line: 36, column: 11 },
    ]],
    ['same-scores.json', 'two options with the same effects, positioned at the first option', [
      { severity: 'warning', code: 'same-scores', message: 'both options of "reassure" score the same on every skill (EMP +2): whichever the agent picks, the score does not change', line: 48, column: 9 },
    ]],
    ['skill-not-scored.json', 'a declared skill no option moves, positioned at its meta.skills entry', [
      { severity: 'warning', code: 'skill-not-scored', message: 'skill "REC" is declared in meta.skills but no option or timer scores it', line: 12, column: 37 },
    ]],
    ['skill-not-declared.json', 'an effect on an undeclared skill, positioned at the effect key', [
      { severity: 'warning', code: 'skill-not-declared', message: 'skill "LAN" is scored here but not declared in meta.skills; add it there or drop the effect', line: 49, column: 141 },
    ]],
    ['hurry-without-timer.json', 'a hurried persona and a decision without timer', [
      { severity: 'warning', code: 'hurry-without-timer', message: 'the persona is hurried but "verify" has no timer: add one under "after" (e.g. shortPatience) so a slow answer costs something', line: 26, column: 5 },
    ]],
    ['long-line.json', 'a customer line over 300 characters, positioned at the text', [
      { severity: 'warning', code: 'long-line', message: "the customer's line is 333 characters long (more than 300): split it over two states or cut it", line: 28, column: 27 },
    ]],
    // Load errors come from the parser, unchanged.
    ['json-syntax.json', 'invalid JSON, at the problem', [
      { severity: 'error', code: 'json-syntax', message: 'invalid JSON: expected "," between items', line: 4, column: 3 },
    ]],
    ['schema.json', 'blank feedback (whitespace only)', [
      { severity: 'error', code: 'schema', message: 'must not be empty', line: 49, column: 155 },
    ]],
    ['unknown-action.json', 'an action name not in the registry', [
      { severity: 'error', code: 'unknown-action', message: 'unknown action "moodDrop"; known actions: moodUp, moodDown, setMood', line: 20, column: 66 },
    ]],
    ['unknown-target.json', 'a transition to a missing state', [
      { severity: 'error', code: 'unknown-target', message: 'target state "mood-chek" does not exist (did you mean "mood-check"?)', line: 32, column: 34 },
    ]],
    ['missing-option.json', "an option without the agent's words and feedback", [
      { severity: 'error', code: 'missing-option', message: "an option needs meta.option with the agent's words (text), skill effects and the coach's feedback", line: 49, column: 21 },
    ]],
  ];

  it.each(cases)('%s: %s', (fixture, _what, expected) => {
    expect(findingsOf(fixture)).toEqual(expected);
  });

  it('checks audio only through the injected fileExists, with the path as written (relative to public/)', () => {
    const asked: string[] = [];
    const known = (path: string) => {
      asked.push(path);
      return path === 'audio/recorded/missing-audio-greet.ogg';
    };
    expect(check('missing-audio.json', known).findings).toEqual([]);
    expect(asked).toEqual(['audio/recorded/missing-audio-greet.ogg']);
    const file = `${DIR}/missing-audio.json`;
    expect(checkScenario(readFileSync(file, 'utf8'), file).findings).toEqual([]);
  });

  it('reports a failure of the checker itself as an internal-error finding instead of throwing', () => {
    const result = check('missing-audio.json', () => {
      throw new Error('disk on fire');
    });
    expect(result.findings.map(brief)).toEqual([
      { severity: 'error', code: 'internal-error', message: 'the checker failed on this file (disk on fire); please report it with the file', line: 1, column: 1 },
    ]);
  });

  it('sorts findings by line and column, and keeps the JSON path for the message', () => {
    const result = check('no-reachable-final.json');
    const positions = result.findings.map((f) => [f.line, f.column]);
    expect(positions).toEqual([...positions].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    expect(result.findings[1]?.path).toEqual(['states', 'solved']);
  });
});

describe('library checks across files', () => {
  it('duplicate-id: two files with the same meta.id, each positioned at its id', () => {
    const north = check('duplicate-id/north/shared-id.json');
    const south = check('duplicate-id/south/shared-id.json');
    expect(checkLibrary([north, south]).map((f) => ({ file: f.file, ...brief(f) }))).toEqual([
      { file: `${DIR}/duplicate-id/north/shared-id.json`, severity: 'error', code: 'duplicate-id', message: `meta.id "shared-id" is also used by "${DIR}/duplicate-id/south/shared-id.json": ids must be unique across the library`, line: 6, column: 11 },
      { file: `${DIR}/duplicate-id/south/shared-id.json`, severity: 'error', code: 'duplicate-id', message: `meta.id "shared-id" is also used by "${DIR}/duplicate-id/north/shared-id.json": ids must be unique across the library`, line: 6, column: 11 },
    ]);
  });

  it('id-file-mismatch: meta.id is not the file name', () => {
    expect(checkLibrary([check('id-file-mismatch.json')]).map(brief)).toEqual([
      { severity: 'warning', code: 'id-file-mismatch', message: 'meta.id "late-order" does not match the file name "id-file-mismatch.json": rename the file to "late-order.json" or change the id', line: 6, column: 11 },
    ]);
  });

  it('reads meta.id from files that do not load, and ignores files that are not JSON', () => {
    const broken = check('unknown-target.json');
    expect(broken.scenario).toBeUndefined();
    const twin = checkScenario(readFileSync(`${DIR}/unknown-target.json`, 'utf8'), 'elsewhere/unknown-target.json');
    expect(checkLibrary([broken, twin]).map((f) => f.code)).toEqual(['duplicate-id', 'duplicate-id']);
    expect(checkLibrary([checkScenario('', 'empty.json'), checkScenario('{ "meta": ', 'cut.json'), check('valid.json')])).toEqual([]);
  });
});

describe('every checker code is documented and has a fixture', () => {
  const docs = readFileSync('docs/checker.md', 'utf8');
  const fixtures = readdirSync(DIR);
  const notFromAFile = new Set(['unreadable-file', 'internal-error']); // the CLI test and the test above cover them

  it.each(Object.entries(CHECKER_CODES))('%s (%s)', (code, severity) => {
    expect(docs).toContain(`### \`${code}\` (${severity})`);
    if (!notFromAFile.has(code)) expect(fixtures.some((name) => name === `${code}.json` || name.startsWith(`${code}--`) || name === code)).toBe(true);
  });
});
