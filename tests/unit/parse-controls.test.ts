/**
 * The scenario format's phone controls: a state may react to `call.hold`, `call.resume`,
 * `call.transfer.warm`, `call.transfer.cold`, `call.mute` and `call.hangup` under `on`, with an
 * optional `meta.control` (feedback, effects). Any other `call.*` name is an error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import { CONTROL_EVENT_NAMES, DEFAULT_REACTIONS, HOLD_AGREED_TAG, holdNorms } from '../../src/core/scenario/phone-controls';
import { fakeScenarioFile, toText, type Json } from '../factories/scenario-factory';

const states = (file: Json) => file.states as Record<string, Json>;
const on = (file: Json, state: string) => states(file)[state]!.on as Json;

function withChange(change: (file: Json) => void): string {
  const file = fakeScenarioFile();
  change(file);
  return toText(file);
}

function findingsOf(text: string) {
  const result = parseScenario(text, 'calls/bad.json');
  expect(result.ok).toBe(false);
  return result.findings.map((f) => ({ code: f.code, message: f.message, path: f.path.join('/') }));
}

const control = (feedback: string, effects?: Json): Json => ({ control: { feedback, ...(effects ? { effects } : {}) } });

/** greet reacts to hold (mood-dependent), a cold transfer and a hang-up; `annoyed` is where an unasked hold leads. */
function controlsFile(): Json {
  const file = fakeScenarioFile();
  Object.assign(on(file, 'greet'), {
    'call.hold': [
      { target: 'lost', guard: { type: 'moodAtMost', params: { mood: 'angry' } }, meta: control('Elle raccroche : pas de mise en attente sans demander (ATT).', { ATT: -2 }) },
      { target: 'annoyed', actions: [{ type: 'moodDown' }] },
    ],
    'call.transfer.cold': 'lost',
    'call.hangup': { target: 'lost', meta: control('Vous avez raccroché au nez de la cliente (CON).') },
  });
  states(file).annoyed = {
    tags: ['hold-agreed'],
    meta: { line: { text: 'Vous auriez pu demander !' } },
    on: { 'opt.sorry': { target: 'verify', meta: { option: { text: 'Pardon, merci de votre patience.', effects: { ATT: 1 }, feedback: 'Remercier.' } } } },
  };
  (file.meta as Json).skills = ['ACC', 'CNF', 'ATT'];
  return file;
}

describe('phone controls in a scenario file: valid', () => {
  it('reads call.* reactions as controls, not options, with meta.control, branches and the state tags', () => {
    const result = parseScenario(toText(controlsFile()), 'controls.json');
    expect(result.findings).toEqual([]);
    if (!result.ok) return;
    const greet = result.scenario.states.greet!;
    expect(greet.options.map((o) => o.id)).toEqual(['opt.greet', 'opt.rude']);
    expect(greet.controls).toEqual([
      {
        event: 'call.hold',
        control: 'hold',
        effects: { ATT: -2 },
        feedback: 'Elle raccroche : pas de mise en attente sans demander (ATT).',
        branches: [
          { target: 'lost', guarded: true },
          { target: 'annoyed', guarded: false },
        ],
      },
      { event: 'call.transfer.cold', control: 'transfer-cold', effects: {}, branches: [{ target: 'lost', guarded: false }] },
      { event: 'call.hangup', control: 'hangup', effects: {}, feedback: 'Vous avez raccroché au nez de la cliente (CON).', branches: [{ target: 'lost', guarded: false }] },
    ]);
    expect(result.scenario.states.annoyed?.tags).toEqual(['hold-agreed']);
    expect(result.scenario.states.verify?.controls).toEqual([]);
    expect(result.scenario.states.verify?.tags).toEqual([]);
  });

  it('accepts every reserved control event', () => {
    const text = withChange((file) => {
      for (const event of ['call.hold', 'call.resume', 'call.transfer.warm', 'call.transfer.cold', 'call.mute', 'call.hangup']) on(file, 'greet')[event] = 'lost';
    });
    const result = parseScenario(text, 'all.json');
    expect(result.findings).toEqual([]);
    expect(result.ok && result.scenario.states.greet?.controls.map((c) => c.control)).toEqual(['hold', 'resume', 'transfer-warm', 'transfer-cold', 'mute', 'hangup']);
  });
});

describe('phone controls in a scenario file: invalid', () => {
  it('rejects any other call.* name, suggesting the closest control', () => {
    const text = withChange((file) => {
      on(file, 'greet')['call.hodl'] = 'lost';
      on(file, 'greet')['call.park'] = 'lost';
    });
    expect(findingsOf(text)).toEqual([
      {
        code: 'bad-option-id',
        message:
          '"call.hodl" is not a phone control (did you mean "call.hold"?); names starting with "call." are reserved: a state may react to call.hold, call.resume, call.transfer.warm, call.transfer.cold, call.mute, call.hangup',
        path: 'states/greet/on/call.hodl',
      },
      {
        code: 'bad-option-id',
        message:
          '"call.park" is not a phone control; names starting with "call." are reserved: a state may react to call.hold, call.resume, call.transfer.warm, call.transfer.cold, call.mute, call.hangup',
        path: 'states/greet/on/call.park',
      },
    ]);
  });

  it('keeps xstate.* names reserved', () => {
    const text = withChange((file) => (on(file, 'greet')['xstate.init'] = { target: 'lost', meta: { option: { text: 'x', effects: {}, feedback: 'y' } } }));
    expect(findingsOf(text)).toEqual([
      {
        code: 'bad-option-id',
        message: 'option name "xstate.init" must start with a letter, use letters, digits, ".", "-", "_", and not start with "xstate." or "call."',
        path: 'states/greet/on/xstate.init',
      },
    ]);
  });

  it('puts meta.control only on the first branch of a control reaction, and option or timer meta never there', () => {
    const text = withChange((file) => {
      on(file, 'greet')['call.hold'] = [
        { target: 'lost', guard: { type: 'moodAtMost', params: { mood: 'angry' } }, meta: { option: { text: 'x', effects: {}, feedback: 'y' }, timeout: { feedback: 'z' } } },
        { target: 'verify', meta: control('Plus tard.') },
      ];
    });
    expect(findingsOf(text)).toEqual([
      { code: 'misplaced-meta', message: 'a reaction to a phone control is not an option: use meta.control for its feedback and effects', path: 'states/greet/on/call.hold/0/meta/option' },
      { code: 'misplaced-meta', message: 'meta.timeout belongs on a timer (under "after"), not on a phone control', path: 'states/greet/on/call.hold/0/meta/timeout' },
      { code: 'option-on-later-branch', message: 'put meta.control on the first branch only', path: 'states/greet/on/call.hold/1/meta/control' },
    ]);
  });

  it('rejects meta.control on an option, a timer or a route', () => {
    const text = withChange((file) => {
      const greet = on(file, 'greet');
      greet['opt.greet'] = { ...(greet['opt.greet'] as Json), meta: { ...((greet['opt.greet'] as Json).meta as Json), ...control('x') } };
      (states(file).greet!.after as Json).patience = { target: 'lost', meta: { timeout: { feedback: 'Trop long.' }, ...control('y') } };
      states(file).route = { always: [{ target: 'lost', meta: control('z') }] };
      on(file, 'verify')['opt.route'] = { target: 'route', meta: { option: { text: 'r', effects: {}, feedback: 'r' } } };
    });
    const misplaced = 'meta.control belongs on a reaction to a phone control (a "call.*" key under "on")';
    expect(findingsOf(text)).toEqual([
      { code: 'misplaced-meta', message: misplaced, path: 'states/greet/on/opt.greet/meta/control' },
      { code: 'misplaced-meta', message: misplaced, path: 'states/greet/after/patience/meta/control' },
      { code: 'misplaced-meta', message: misplaced, path: 'states/route/always/0/meta/control' },
    ]);
  });

  it('checks meta.control like the rest of the format: feedback required, known keys, effects in range', () => {
    const text = withChange((file) => {
      on(file, 'greet')['call.hold'] = { target: 'lost', meta: { control: { effects: { ATT: 3 }, feedbak: 'x' } } };
    });
    expect(findingsOf(text).map((f) => [f.code, f.path, f.message])).toEqual([
      ['schema', 'states/greet/on/call.hold/meta/control/effects/ATT', 'must be at most 2, got the number 3'],
      ['schema', 'states/greet/on/call.hold/meta/control/feedback', 'is required: expected a text (string)'],
      ['schema', 'states/greet/on/call.hold/meta/control/feedbak', 'unknown key "feedbak" (did you mean "feedback"?)'],
    ]);
  });

  it('checks the targets, guards and actions of a control reaction', () => {
    const text = withChange((file) => {
      on(file, 'greet')['call.resume'] = { target: 'nowhere', actions: [{ type: 'moodDwn' }] };
      on(file, 'greet')['call.mute'] = { actions: ['moodDown'] };
    });
    expect(findingsOf(text).map((f) => [f.code, f.path])).toEqual([
      ['unknown-target', 'states/greet/on/call.resume/target'],
      ['unknown-action', 'states/greet/on/call.resume/actions/0/type'],
      ['missing-target', 'states/greet/on/call.mute'],
    ]);
  });

  it('makes call.hangup end the call: every branch leads to a final state', () => {
    const text = withChange((file) => {
      on(file, 'greet')['call.hangup'] = [{ target: 'lost', guard: { type: 'moodAtMost', params: { mood: 'angry' } } }, { target: 'verify' }];
    });
    expect(findingsOf(text)).toEqual([
      { code: 'hangup-not-final', message: '"call.hangup" ends the call, so it must lead to a final state; "verify" is not one', path: 'states/greet/on/call.hangup/1/target' },
    ]);
  });

  it('allows no reaction in a final state', () => {
    const text = withChange((file) => ((states(file).lost as Json).on = { 'call.hold': 'verify' }));
    expect(findingsOf(text).map((f) => f.code)).toEqual(['final-with-transitions']);
  });
});

describe('docs/scenario-format.md, "Phone controls"', () => {
  const doc = readFileSync('docs/scenario-format.md', 'utf8');
  const section = doc.slice(doc.indexOf('## Phone controls'), doc.indexOf('## The behaviour registry'));

  it('lists every reserved event, the hold-agreed tag and the new load error', () => {
    for (const event of CONTROL_EVENT_NAMES) expect(section).toContain(`| \`${event}\` |`);
    expect(section).toContain(`\`${HOLD_AGREED_TAG}\``);
    expect(doc).toContain('| `hangup-not-final` |');
  });

  it('states the default reactions with the numbers the engine uses', () => {
    const norms = holdNorms({ name: 'x', role: 'y', mood: 'neutral' });
    expect(section).toContain(`Every ${norms.checkBackMs / 1000} s on hold`);
    expect(section).toContain(`At ${norms.limitMs / 1000} s on hold`);
    expect(DEFAULT_REACTIONS).toEqual({ unaskedHoldMoodDrop: 1, missedCheckBackMoodDrop: 1, coldTransferMoodDrop: 1 });
    expect(section).toContain('| hold | The mood drops by 1,');
    expect(section).toContain('| cold transfer | The mood drops by 1');
  });
});
