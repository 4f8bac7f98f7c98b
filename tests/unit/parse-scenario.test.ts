import { readFileSync } from 'node:fs';
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import { fakeScenarioFile, toText, type Json } from '../factories/scenario-factory';

function findingsOf(text: string) {
  const result = parseScenario(text, 'calls/bad.json');
  expect(result.ok).toBe(false);
  return result.findings.map((f) => ({ line: f.line, column: f.column, code: f.code, message: f.message, path: f.path.join('/') }));
}

/** Sets a value deep in a fresh factory file. */
function withChange(change: (file: Json) => void): string {
  const file = fakeScenarioFile();
  change(file);
  return toText(file);
}

const states = (file: Json) => file.states as Record<string, Json>;

describe('parseScenario: valid files', () => {
  it('turns a valid file into a typed scenario', () => {
    const result = parseScenario(toText(fakeScenarioFile()), 'test-call.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scenario } = result;
    expect(scenario.id).toBe('test-call');
    expect(scenario.language).toBe('fr');
    expect(scenario.stateIds).toEqual(['greet', 'verify', 'solved', 'complaint', 'lost']);
    expect(scenario.states.greet?.kind).toBe('decision');
    expect(scenario.states.greet?.options.map((o) => o.id)).toEqual(['opt.greet', 'opt.rude']);
    expect(scenario.states.greet?.timers).toEqual([
      { delay: 'patience', ms: 20_000, text: '(silence)', effects: { ACC: -1 }, feedback: 'Trop long.', branches: [{ target: 'lost', guarded: false }] },
    ]);
    expect(scenario.states.verify?.options[1]).toMatchObject({
      id: 'opt.skip', fatal: 'identity-breach', branches: [{ target: 'complaint', guarded: true }, { target: 'solved', guarded: false }],
    });
    expect(scenario.states.solved?.outcome).toEqual({ kind: 'resolved', summary: 'Commande suivie.' });
  });

  it('keeps the file acceptable to xstate as it is', () => {
    const file = fakeScenarioFile();
    expect(() => createMachine(file as never)).not.toThrow();
  });

  it('parses the complete example in docs/scenario-format.md', () => {
    const doc = readFileSync('docs/scenario-format.md', 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseScenario(example, 'docs/scenario-format.md');
    expect(result.findings).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accepts a byte-order mark and string shorthands for behaviour and targets', () => {
    const text = withChange((file) => {
      states(file).greet!.after = { patience: 'lost' };
      (states(file).greet!.on as Json)['opt.greet'] = { target: 'verify', actions: 'moodUp', meta: { option: { text: 'Bonjour', effects: {}, feedback: 'ok' } } };
    });
    expect(parseScenario(`\uFEFF${text}`, 'x.json').ok).toBe(true);
  });
});

describe('parseScenario: each kind of invalid input says what and where', () => {
  it('reports invalid JSON with its position', () => {
    expect(findingsOf('{\n  "initial": "a",\n  "meta": {,\n}')).toEqual([
      { line: 3, column: 12, code: 'json-syntax', message: 'invalid JSON: expected a value', path: '' },
    ]);
    expect(findingsOf('{\n  "initial": "a"\n  "meta": {}\n}')).toEqual([
      { line: 3, column: 3, code: 'json-syntax', message: 'invalid JSON: expected "," between items', path: '' },
    ]);
    expect(findingsOf('')).toEqual([{ line: 1, column: 1, code: 'json-syntax', message: 'invalid JSON: the file is empty', path: '' }]);
  });

  it('reports a key given twice', () => {
    const text = toText(fakeScenarioFile()).replace('"initial": "greet",', '"initial": "greet",\n  "initial": "verify",');
    expect(findingsOf(text)).toEqual([
      { line: 4, column: 3, code: 'duplicate-key', message: 'key "initial" appears twice in the same object; the second would silently replace the first', path: 'initial' },
    ]);
  });

  it('reports a value of the wrong type', () => {
    const text = withChange((file) => ((file.meta as Json).expectedMinutes = 'two'));
    expect(findingsOf(text)).toEqual([
      expect.objectContaining({ code: 'schema', message: 'expected a number, got the text "two"', path: 'meta/expectedMinutes' }),
    ]);
  });

  it('reports a missing required key at the object that lacks it', () => {
    const text = withChange((file) => delete (file.meta as Json).title);
    const [finding] = findingsOf(text);
    expect(finding).toMatchObject({ code: 'schema', message: 'is required: expected a text (string)', path: 'meta/title' });
    expect(finding?.line).toBe(4); // the "meta": { line
  });

  it('reports an unknown key with a suggestion, pointing at the key', () => {
    const text = withChange((file) => {
      (states(file).solved!.meta as Json).outcom = {};
    });
    expect(findingsOf(text)).toContainEqual(
      expect.objectContaining({ code: 'schema', message: 'unknown key "outcom" (did you mean "outcome"?)', path: 'states/solved/meta/outcom' }),
    );
  });

  it('reports an effect outside -2..2 and an unknown skill id', () => {
    const text = withChange((file) => {
      ((((states(file).greet!.on as Json)['opt.greet'] as Json).meta as Json).option as Json).effects = { ACC: 3, ACX: 1 };
    });
    const found = findingsOf(text);
    expect(found).toContainEqual(expect.objectContaining({ message: 'must be at most 2, got the number 3', path: 'states/greet/on/opt.greet/meta/option/effects/ACC' }));
    expect(found).toContainEqual(expect.objectContaining({ message: 'unknown key "ACX" (did you mean "ACC"?)', path: 'states/greet/on/opt.greet/meta/option/effects/ACX' }));
  });

  it('reports a bad enum value with the allowed ones', () => {
    const text = withChange((file) => (((file.meta as Json).persona as Json).mood = 'grumpy'));
    expect(findingsOf(text)[0]?.message).toMatch(/^the text "grumpy" is not allowed; use one of: "furious", "angry", "irritated"/);
  });

  it('reports a transition to a missing state, with the closest name', () => {
    const text = withChange((file) => (((states(file).greet!.on as Json)['opt.greet'] as Json).target = 'verfy'));
    const [finding] = findingsOf(text);
    expect(finding).toMatchObject({ code: 'unknown-target', message: 'target state "verfy" does not exist (did you mean "verify"?)', path: 'states/greet/on/opt.greet/target' });
    const line = text.split('\n').findIndex((l) => l.includes('"verfy"')) + 1;
    expect(finding?.line).toBe(line);
  });

  it('reports a missing initial state', () => {
    const text = withChange((file) => (file.initial = 'start'));
    expect(findingsOf(text)).toEqual([expect.objectContaining({ code: 'missing-initial', path: 'initial' })]);
  });

  it('reports unknown registry names: action, guard, delay', () => {
    const text = withChange((file) => {
      const greet = states(file).greet!;
      ((greet.on as Json)['opt.greet'] as Json).actions = [{ type: 'moodUpp' }];
      greet.after = { patient: 'lost' };
      (((states(file).verify!.on as Json)['opt.bonus'] as Json).guard as Json).type = 'isHappy';
    });
    const found = findingsOf(text);
    expect(found.map((f) => [f.code, f.message])).toEqual([
      ['unknown-action', 'unknown action "moodUpp" (did you mean "moodUp"?); known actions: moodUp, moodDown, setMood'],
      ['unknown-delay', 'unknown delay "patient" (did you mean "patience"?); known delays: patience, shortPatience, longPatience, silence, holdCheckBack, holdLimit'],
      ['unknown-guard', 'unknown guard "isHappy"; known guards: moodAtLeast, moodAtMost'],
    ]);
    expect(found[0]?.path).toBe('states/greet/on/opt.greet/actions/0/type');
  });

  it('reports bad or missing params for a registry name', () => {
    const text = withChange((file) => {
      ((states(file).greet!.on as Json)['opt.greet'] as Json).actions = [{ type: 'moodUp', params: { by: 5 } }, 'setMood'];
    });
    expect(findingsOf(text).map((f) => [f.code, f.message, f.path])).toEqual([
      ['bad-params', 'action "moodUp": must be at most 3, got the number 5', 'states/greet/on/opt.greet/actions/0/params/by'],
      ['bad-params', 'action "setMood" needs params: Sets the mood to a named level, whatever it was.', 'states/greet/on/opt.greet/actions/1'],
    ]);
  });

  it('reports an option without words and feedback', () => {
    const text = withChange((file) => {
      (states(file).greet!.on as Json)['opt.silent'] = { target: 'verify' };
    });
    expect(findingsOf(text)).toEqual([expect.objectContaining({ code: 'missing-option', path: 'states/greet/on/opt.silent' })]);
  });

  it('reports final states without outcome and decision states without a line', () => {
    const text = withChange((file) => {
      delete (states(file).lost!.meta as Json).outcome;
      delete (states(file).verify!.meta as Json).line;
    });
    expect(findingsOf(text).map((f) => [f.code, f.path])).toEqual([
      ['missing-line', 'states/verify'],
      ['missing-outcome', 'states/lost'],
    ]);
  });

  it('reports reserved option names and misplaced meta', () => {
    const text = withChange((file) => {
      const on = states(file).greet!.on as Json;
      on['call.park'] = { target: 'verify', meta: { option: { text: 'x', effects: {}, feedback: 'y' } } };
      (states(file).greet!.after as Json).patience = { target: 'lost', meta: { option: { text: 'x', effects: {}, feedback: 'y' } } };
    });
    expect(findingsOf(text).map((f) => f.code)).toEqual(['bad-option-id', 'misplaced-meta']);
  });

  it('never interprets text: markup in lines is kept as plain text', () => {
    const text = withChange((file) => (((states(file).greet!.meta as Json).line as Json).text = '<img src=x onerror=alert(1)>'));
    const result = parseScenario(text, 'x.json');
    expect(result.ok && result.scenario.states.greet?.line?.text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('duplicate keys deep in the file', () => {
  it('names the full path of a key given twice inside arrays and objects, escapes included', () => {
    const text = toText(fakeScenarioFile()).replace('"text": "Merci, au revoir."', '"text": "Merci, au revoir.", "te\\u0078t": "bis"');
    const result = parseScenario(text, 'x.json');
    expect(result.findings.map((f) => [f.code, f.path.join('/')])).toEqual([['duplicate-key', 'states/solved/meta/line/text']]);
    const variants = toText(fakeScenarioFile()).replace('"moodAtMost": "irritated"', '"moodAtMost": "irritated", "moodAtMost": "angry"');
    expect(parseScenario(variants, 'x.json').findings.map((f) => f.path.join('/'))).toEqual(['states/verify/meta/variants/0/when/moodAtMost']);
  });
});
