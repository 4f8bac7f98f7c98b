/**
 * The phone is part of the simulation: hold and resume, warm and cold transfer, mute, hang-up are
 * engine commands the agent may use (and misuse); the customer reacts as the scenario declares
 * (`call.hold`…) or, where it declares nothing, with the documented default reactions.
 * Hold has its own clock: the scenario's timers wait while the customer is on hold.
 */
import { describe, expect, it } from 'vitest';
import type { Call } from '../../src/core/engine/call';
import { startCall } from '../../src/core/engine/call-engine';
import type { CallEvent } from '../../src/core/engine/call-log';
import { ManualClock } from '../../src/core/engine/manual-clock';
import { transcriptOf } from '../../src/core/engine/transcript';
import { fakeOption, fakeScenarioFile, parseOrThrow, type Json } from '../factories/scenario-factory';

/** The factory call (greet → verify → solved; patience 20 s at greet) plus any extra reactions or states. */
function scenarioFile(change: (states: Record<string, Json>) => void = () => {}): Json {
  const file = fakeScenarioFile();
  change(file.states as Record<string, Json>);
  return file;
}
const onOf = (states: Record<string, Json>, id: string) => states[id]!.on as Json;

function start(file: Json = scenarioFile()) {
  const clock = new ManualClock();
  // No speaking time here: these tests are about the phone's controls (speaking: call-engine.test.ts).
  const call = startCall(parseOrThrow(file), { clock, speakingMs: () => 0 });
  return { clock, call };
}

/** Picked up at once, talking in `greet` (mood 0, patience 20 s). */
function talking(file?: Json) {
  const started = start(file);
  started.call.pickUp();
  return started;
}

const entries = <T extends CallEvent['type']>(call: Call, type: T) => call.getView().log.filter((e): e is Extract<CallEvent, { type: T }> => e.type === type);
const lastOf = <T extends CallEvent['type']>(call: Call, type: T) => entries(call, type).at(-1);

describe('hold: the default reactions (a scenario that declares nothing)', () => {
  it('puts the customer on hold: no options, no scenario countdown, the hold timing for a countdown, and only the controls that make sense', () => {
    const { clock, call } = talking();
    clock.advance(5_000);
    expect(call.hold()).toBe(true);
    const view = call.getView();
    expect(view.onHold).toBe(true);
    expect(view.options).toEqual([]);
    expect(view.timer).toBeUndefined();
    expect(view.hold).toEqual({ since: 5_000, agreed: false, missedCheckBacks: 0, checkBackDeadline: 50_000, hangUpDeadline: 125_000, checkBackMs: 45_000, limitMs: 120_000 });
    expect(view.controls).toEqual(['resume', 'transfer-warm', 'transfer-cold', 'hangup']);
    expect(call.choose('opt.greet')).toBe(false);
  });

  it('costs one mood step when the customer was not asked, and logs the hold as not agreed', () => {
    const { clock, call } = talking();
    clock.advance(5_000);
    call.hold();
    expect(call.getView().mood).toBe(-1);
    expect(lastOf(call, 'control')).toEqual({ type: 'control', at: 5_000, stateId: 'greet', control: 'hold', reaction: 'default', agreed: false, moodBefore: 0, mood: -1 });
  });

  it('costs nothing in a state tagged hold-agreed (the customer said yes)', () => {
    const file = scenarioFile((states) => (states.verify!.tags = ['hold-agreed']));
    const { call } = talking(file);
    call.choose('opt.greet');
    call.hold();
    expect(call.getView().mood).toBe(1);
    expect(lastOf(call, 'control')).toMatchObject({ control: 'hold', agreed: true, moodBefore: 1, mood: 1 });
    expect(call.getView().hold?.agreed).toBe(true);
  });

  it('keeps the mood when the agent checks back within the norm, and logs how long the hold lasted', () => {
    const { clock, call } = talking();
    call.hold();
    clock.advance(44_000);
    expect(entries(call, 'hold-check-missed')).toEqual([]);
    expect(call.resumeFromHold()).toBe(true);
    const view = call.getView();
    expect(view.mood).toBe(-1);
    expect(view.onHold).toBe(false);
    expect(view.hold).toBeUndefined();
    expect(view.options.map((o) => o.id)).toEqual(['opt.greet', 'opt.rude']);
    expect(view.controls).toEqual(['hold', 'mute', 'transfer-warm', 'transfer-cold', 'hangup']);
    expect(lastOf(call, 'control')).toEqual({ type: 'control', at: 44_000, stateId: 'greet', control: 'resume', reaction: 'default', heldMs: 44_000, missedCheckBacks: 0, moodBefore: -1, mood: -1 });
  });

  it('lowers the mood once per missed check-back, logs each one, and moves the check-back deadline on', () => {
    const { clock, call } = talking();
    call.hold();
    clock.advance(45_001);
    expect(call.getView().mood).toBe(-2);
    expect(call.getView().hold).toMatchObject({ missedCheckBacks: 1, checkBackDeadline: 90_000, hangUpDeadline: 120_000 });
    clock.advance(45_000);
    expect(call.getView().mood).toBe(-3);
    expect(entries(call, 'hold-check-missed')).toEqual([
      { type: 'hold-check-missed', at: 45_000, stateId: 'greet', heldMs: 45_000, missed: 1, moodBefore: -1, mood: -2 },
      { type: 'hold-check-missed', at: 90_000, stateId: 'greet', heldMs: 90_000, missed: 2, moodBefore: -2, mood: -3 },
    ]);
    expect(call.getView().hold).toMatchObject({ missedCheckBacks: 2, checkBackDeadline: 120_000 });
    clock.advance(5_000);
    call.resumeFromHold();
    expect(lastOf(call, 'control')).toMatchObject({ control: 'resume', heldMs: 95_001, missedCheckBacks: 2 });
    expect(call.getView().mood).toBe(-3);
  });

  it('lets the customer hang up at the hold limit: abandoned, hung up on hold', () => {
    const { clock, call } = talking();
    clock.advance(2_000);
    call.hold();
    clock.advance(119_999);
    expect(call.getView().phase).toBe('talking');
    clock.advance(1);
    const view = call.getView();
    expect(view.phase).toBe('ended');
    expect(view.onHold).toBe(false);
    expect(view.controls).toEqual([]);
    expect(view.outcome).toEqual({ kind: 'abandoned', reason: 'hung-up-on-hold', stateId: 'greet' });
    expect(view.log.slice(-3).map((e) => [e.type, e.at])).toEqual([
      ['hold-check-missed', 47_000],
      ['hold-check-missed', 92_000],
      ['end', 122_000],
    ]);
    expect(clock.pendingCount).toBe(0);
  });
});

describe('hold has its own clock', () => {
  it("freezes the scenario's patience timer on hold and gives it back its remaining time on resume", () => {
    const { clock, call } = talking();
    clock.advance(15_000);
    call.hold();
    clock.advance(40_000);
    expect(entries(call, 'timeout')).toEqual([]);
    call.resumeFromHold();
    expect(call.getView().timer).toEqual({ delay: 'patience', deadline: 60_000, durationMs: 20_000 });
    clock.advance(4_999);
    expect(call.getView().phase).toBe('talking');
    clock.advance(1);
    expect(call.getView().outcome?.kind).toBe('lost');
    expect(lastOf(call, 'timeout')).toMatchObject({ at: 60_000, delay: 'patience', waitedMs: 20_000 });
  });

  it('counts the time the customer waited for an answer without the time on hold', () => {
    const { clock, call } = talking();
    clock.advance(3_000);
    call.hold();
    clock.advance(30_000);
    call.resumeFromHold();
    clock.advance(2_000);
    call.choose('opt.greet');
    expect(lastOf(call, 'decision')).toMatchObject({ at: 35_000, responseMs: 5_000 });
  });

  it('freezes the hold timers too when the drill is paused, and logs the pause', () => {
    const { clock, call } = talking();
    clock.advance(10_000);
    call.hold();
    clock.advance(20_000);
    call.pause();
    expect(call.getView().controls).toEqual(['hangup']);
    expect(call.resumeFromHold()).toBe(false);
    expect(call.transfer('warm')).toBe(false);
    clock.advance(600_000);
    expect(entries(call, 'hold-check-missed')).toEqual([]);
    expect(call.getView().phase).toBe('talking');
    call.resume();
    expect(call.getView().hold).toMatchObject({ since: 10_000, checkBackDeadline: 55_000, hangUpDeadline: 130_000 });
    clock.advance(24_999);
    expect(entries(call, 'hold-check-missed')).toEqual([]);
    clock.advance(1);
    expect(entries(call, 'hold-check-missed')).toMatchObject([{ at: 55_000, heldMs: 45_000, missed: 1 }]);
    call.resumeFromHold();
    expect(lastOf(call, 'control')).toMatchObject({ control: 'resume', at: 55_000, heldMs: 45_000 });
    expect(call.getView().log.filter((e) => e.type === 'pause' || e.type === 'resume')).toEqual([
      { type: 'pause', at: 30_000 },
      { type: 'resume', at: 30_000, pausedMs: 600_000 },
    ]);
  });

  it('keeps the scenario timers frozen across a drill pause during hold', () => {
    const { clock, call } = talking();
    clock.advance(15_000);
    call.hold();
    call.pause();
    clock.advance(100_000);
    call.resume();
    call.resumeFromHold();
    clock.advance(4_999);
    expect(call.getView().phase).toBe('talking');
    clock.advance(1);
    expect(call.getView().outcome?.kind).toBe('lost');
  });
});

describe('transfer: the default reactions', () => {
  it('ends a cold transfer as escalated with a mood drop, logging that the customer has to repeat themselves', () => {
    const { clock, call } = talking();
    clock.advance(4_000);
    expect(call.transfer('cold')).toBe(true);
    const view = call.getView();
    expect(view.outcome).toEqual({ kind: 'escalated', reason: 'transferred', stateId: 'greet' });
    expect(view.mood).toBe(0);
    expect(view.log.slice(-2)).toEqual([
      { type: 'control', at: 4_000, stateId: 'greet', control: 'transfer-cold', reaction: 'default', customerRepeats: true, moodBefore: 0, mood: -1 },
      { type: 'end', at: 4_000, outcome: { kind: 'escalated', reason: 'transferred', stateId: 'greet' } },
    ]);
  });

  it('ends a warm transfer as escalated keeping the mood', () => {
    const { call } = talking();
    call.choose('opt.greet');
    call.transfer('warm');
    expect(call.getView().outcome).toEqual({ kind: 'escalated', reason: 'transferred', stateId: 'verify' });
    expect(lastOf(call, 'control')).toEqual({ type: 'control', at: 0, stateId: 'verify', control: 'transfer-warm', reaction: 'default', customerRepeats: false, moodBefore: 1, mood: 1 });
  });

  it('transfers from hold, logging how long the customer was held, and stops the hold timers', () => {
    const { clock, call } = talking();
    call.choose('opt.greet');
    call.hold();
    clock.advance(20_000);
    call.transfer('warm');
    expect(lastOf(call, 'control')).toMatchObject({ control: 'transfer-warm', heldMs: 20_000, customerRepeats: false });
    expect(call.getView().onHold).toBe(false);
    expect(clock.pendingCount).toBe(0);
  });
});

describe('mute: the customer hears silence', () => {
  it('refuses answers while muted but keeps the timers running: dead air', () => {
    const { clock, call } = talking();
    clock.advance(3_000);
    expect(call.mute()).toBe(true);
    const view = call.getView();
    expect(view.muted).toBe(true);
    expect(view.controls).toEqual(['hold', 'unmute', 'transfer-warm', 'transfer-cold', 'hangup']);
    expect(view.options.map((o) => o.id)).toEqual(['opt.greet', 'opt.rude']);
    expect(view.timer).toEqual({ delay: 'patience', deadline: 20_000, durationMs: 20_000 });
    expect(call.choose('opt.greet')).toBe(false);
    clock.advance(17_000);
    expect(call.getView().outcome?.kind).toBe('lost');
    expect(lastOf(call, 'timeout')).toMatchObject({ at: 20_000, delay: 'patience', waitedMs: 20_000 });
    expect(lastOf(call, 'control')).toEqual({ type: 'control', at: 3_000, stateId: 'greet', control: 'mute', reaction: 'default', moodBefore: 0, mood: 0 });
  });

  it('answers again once unmuted, and logs both', () => {
    const { clock, call } = talking();
    call.mute();
    clock.advance(2_000);
    expect(call.unmute()).toBe(true);
    expect(call.getView().muted).toBe(false);
    expect(call.choose('opt.greet')).toBe(true);
    expect(entries(call, 'control').map((e) => [e.control, e.at])).toEqual([
      ['mute', 0],
      ['unmute', 2_000],
    ]);
  });
});

describe('hang-up', () => {
  it('records the control, then ends as the agent hanging up (from hold too)', () => {
    const { clock, call } = talking();
    call.hold();
    clock.advance(10_000);
    call.hangUp();
    expect(call.getView().outcome).toEqual({ kind: 'abandoned', reason: 'agent-hung-up' });
    expect(lastOf(call, 'control')).toEqual({ type: 'control', at: 10_000, stateId: 'greet', control: 'hangup', reaction: 'default', heldMs: 10_000, moodBefore: -1, mood: -1 });
    expect(clock.pendingCount).toBe(0);
  });

  it('leaves a ringing call unanswered, without a control entry', () => {
    const { call } = start();
    call.hangUp();
    expect(call.getView().outcome).toEqual({ kind: 'abandoned', reason: 'unanswered' });
    expect(entries(call, 'control')).toEqual([]);
  });
});

describe('controls that make no sense are refused', () => {
  it('offers only pick-up and hang-up while ringing, and refuses the rest', () => {
    const { call } = start();
    expect(call.getView().controls).toEqual(['pickup', 'hangup']);
    expect(call.hold()).toBe(false);
    expect(call.resumeFromHold()).toBe(false);
    expect(call.transfer('cold')).toBe(false);
    expect(call.mute()).toBe(false);
    expect(call.unmute()).toBe(false);
    expect(call.getView().log).toEqual([{ type: 'ring', at: 0 }]);
  });

  it('refuses resume when not on hold, hold twice, mute on hold, mute twice and unmute when not muted', () => {
    const { call } = talking();
    expect(call.resumeFromHold()).toBe(false);
    expect(call.unmute()).toBe(false);
    expect(call.mute()).toBe(true);
    expect(call.mute()).toBe(false);
    expect(call.unmute()).toBe(true);
    expect(call.hold()).toBe(true);
    expect(call.hold()).toBe(false);
    expect(call.mute()).toBe(false);
    expect(entries(call, 'control').map((e) => e.control)).toEqual(['mute', 'unmute', 'hold']);
  });

  it('refuses every control while the drill is paused, except hanging up', () => {
    const { call } = talking();
    call.pause();
    expect(call.hold()).toBe(false);
    expect(call.mute()).toBe(false);
    expect(call.transfer('warm')).toBe(false);
    expect(call.getView().controls).toEqual(['hangup']);
  });

  it('refuses everything once the call is over', () => {
    const { call } = talking();
    call.transfer('warm');
    const length = call.getView().log.length;
    expect(call.getView().controls).toEqual([]);
    expect(call.hold()).toBe(false);
    expect(call.resumeFromHold()).toBe(false);
    expect(call.transfer('cold')).toBe(false);
    expect(call.mute()).toBe(false);
    expect(call.unmute()).toBe(false);
    call.hangUp();
    expect(call.getView().log).toHaveLength(length);
  });

  it('lets a muted agent put the customer on hold and unmute while they wait', () => {
    const { call } = talking();
    call.mute();
    expect(call.hold()).toBe(true);
    expect(call.getView().controls).toEqual(['resume', 'unmute', 'transfer-warm', 'transfer-cold', 'hangup']);
    expect(call.unmute()).toBe(true);
  });
});

describe('reactions a scenario declares override the defaults', () => {
  /** greet reacts to an unasked hold: the customer protests (mood -2) and the call goes to `annoyed`. */
  const annoyedOnHold = scenarioFile((states) => {
    onOf(states, 'greet')['call.hold'] = {
      target: 'annoyed',
      actions: [{ type: 'moodDown', params: { by: 2 } }],
      meta: { control: { feedback: 'Mise en attente sans demander (ATT).', effects: { ATT: -2 } } },
    };
    states.annoyed = {
      meta: { line: { text: 'Vous auriez pu demander !' } },
      on: { 'opt.sorry': fakeOption('Pardon, merci de votre patience.', 'verify') },
      after: { patience: 'lost' },
    };
  });

  it('call.hold goes to its target with its actions instead of the default mood drop; the new state waits for the customer', () => {
    const { clock, call } = talking(annoyedOnHold);
    clock.advance(4_000);
    call.hold();
    const view = call.getView();
    expect(view.stateId).toBe('annoyed');
    expect(view.mood).toBe(-2);
    expect(view.onHold).toBe(true);
    expect(view.options).toEqual([]);
    expect(view.log.slice(-2)).toEqual([
      { type: 'control', at: 4_000, stateId: 'greet', control: 'hold', reaction: 'scenario', agreed: false, moodBefore: 0, mood: -2 },
      { type: 'line', at: 4_000, stateId: 'annoyed', text: 'Vous auriez pu demander !', mood: -2 },
    ]);
    clock.advance(30_000);
    expect(entries(call, 'timeout')).toEqual([]);
    call.resumeFromHold();
    expect(call.getView().options.map((o) => o.id)).toEqual(['opt.sorry']);
    expect(call.getView().timer).toEqual({ delay: 'patience', deadline: 54_000, durationMs: 20_000 });
    clock.advance(5_000);
    call.choose('opt.sorry');
    expect(lastOf(call, 'decision')).toMatchObject({ stateId: 'annoyed', responseMs: 5_000 });
  });

  it('falls back to the default when the declared reaction is guarded and its guard fails', () => {
    const file = scenarioFile((states) => {
      onOf(states, 'greet')['call.hold'] = { target: 'lost', guard: { type: 'moodAtMost', params: { mood: 'angry' } } };
    });
    const { call } = talking(file);
    call.hold();
    expect(call.getView().stateId).toBe('greet');
    expect(lastOf(call, 'control')).toMatchObject({ control: 'hold', reaction: 'default', mood: -1 });
  });

  it('ends the call at once when call.hold leads to a final state (the customer hangs up)', () => {
    const file = scenarioFile((states) => (onOf(states, 'greet')['call.hold'] = 'lost'));
    const { call } = talking(file);
    call.hold();
    expect(call.getView().outcome).toEqual({ kind: 'lost', reason: 'final', stateId: 'lost', summary: 'Elle raccroche.' });
    expect(call.getView().onHold).toBe(false);
  });

  it('keeps the line and the running timers when a reaction stays in the same state (no re-entry)', () => {
    const file = scenarioFile((states) => (onOf(states, 'greet')['call.hold'] = { target: 'greet', actions: [{ type: 'moodDown', params: { by: 2 } }] }));
    const { clock, call } = talking(file);
    clock.advance(10_000);
    call.hold();
    expect(entries(call, 'line')).toHaveLength(1);
    expect(call.getView().mood).toBe(-2);
    clock.advance(30_000);
    call.resumeFromHold();
    expect(call.getView().timer).toEqual({ delay: 'patience', deadline: 50_000, durationMs: 20_000 });
    clock.advance(10_000);
    expect(lastOf(call, 'timeout')).toMatchObject({ at: 50_000, waitedMs: 20_000 });
  });

  it('call.resume goes to its target when the agent takes the customer back', () => {
    const file = scenarioFile((states) => {
      onOf(states, 'greet')['call.resume'] = { target: 'verify', actions: ['moodUp'], meta: { control: { feedback: 'Remercier au retour (ATT).', effects: { ATT: 1 } } } };
    });
    const { clock, call } = talking(file);
    call.hold();
    clock.advance(20_000);
    call.resumeFromHold();
    expect(call.getView().stateId).toBe('verify');
    expect(call.getView().mood).toBe(0);
    expect(lastOf(call, 'control')).toMatchObject({ control: 'resume', reaction: 'scenario', heldMs: 20_000, moodBefore: -1, mood: 0 });
    expect(lastOf(call, 'line')).toMatchObject({ at: 20_000, stateId: 'verify' });
  });

  it('call.transfer.warm ends at its final state with that outcome', () => {
    const file = scenarioFile((states) => {
      onOf(states, 'verify')['call.transfer.warm'] = { target: 'solved', meta: { control: { feedback: 'Transfert présenté (TRF).', effects: { TRF: 2 } } } };
    });
    const { call } = talking(file);
    call.choose('opt.greet');
    call.transfer('warm');
    expect(call.getView().outcome).toEqual({ kind: 'resolved', reason: 'final', stateId: 'solved', summary: 'Commande suivie.' });
    expect(lastOf(call, 'control')).toMatchObject({ control: 'transfer-warm', reaction: 'scenario', customerRepeats: false });
  });

  it('a declared cold transfer that leads back to a decision takes the customer off hold and carries on', () => {
    const file = scenarioFile((states) => {
      onOf(states, 'greet')['call.transfer.cold'] = 'no-answer';
      states['no-answer'] = { meta: { line: { text: 'Personne ne répond, vous êtes encore là ?' } }, on: { 'opt.back': fakeOption('Oui, je reste avec vous.', 'verify') }, after: { patience: 'lost' } };
    });
    const { clock, call } = talking(file);
    call.hold();
    clock.advance(10_000);
    call.transfer('cold');
    const view = call.getView();
    expect(view.phase).toBe('talking');
    expect(view.stateId).toBe('no-answer');
    expect(view.onHold).toBe(false);
    expect(view.timer).toEqual({ delay: 'patience', deadline: 30_000, durationMs: 20_000 });
    expect(lastOf(call, 'control')).toMatchObject({ control: 'transfer-cold', reaction: 'scenario', heldMs: 10_000, customerRepeats: false, mood: -1 });
    expect(clock.pendingCount).toBe(1);
  });

  it('call.mute goes to its target (the customer wonders if the line dropped)', () => {
    const file = scenarioFile((states) => {
      onOf(states, 'greet')['call.mute'] = 'still-there';
      states['still-there'] = { meta: { line: { text: 'Allô ? Vous êtes là ?' } }, on: { 'opt.here': fakeOption('Oui, pardon.', 'verify') }, after: { silence: 'lost' } };
    });
    const { call } = talking(file);
    call.mute();
    expect(call.getView().stateId).toBe('still-there');
    expect(call.getView().muted).toBe(true);
    expect(call.choose('opt.here')).toBe(false);
    call.unmute();
    expect(call.choose('opt.here')).toBe(true);
  });

  it('call.hangup ends at its final state instead of "the agent hung up"', () => {
    const file = scenarioFile((states) => {
      onOf(states, 'verify')['call.hangup'] = { target: 'complaint', meta: { control: { feedback: 'Raccrocher au nez du client (CON).', effects: { CON: -2 } } } };
    });
    const { call } = talking(file);
    call.choose('opt.greet');
    call.hangUp();
    expect(call.getView().outcome).toEqual({ kind: 'complaint', reason: 'final', stateId: 'complaint', summary: 'Elle se plaint.' });
    expect(lastOf(call, 'control')).toMatchObject({ control: 'hangup', reaction: 'scenario', stateId: 'verify' });
  });
});

describe('the transcript and subscribers', () => {
  it('shows each control and missed check-back as a system entry with its figures', () => {
    const { clock, call } = talking();
    call.hold();
    clock.advance(50_000);
    call.resumeFromHold();
    call.mute();
    call.unmute();
    call.transfer('cold');
    const system = transcriptOf(call.getView().log).filter((e) => e.phone);
    expect(system).toEqual([
      { at: 0, speaker: 'system', text: '', phone: { kind: 'control', control: 'hold' } },
      { at: 45_000, speaker: 'system', text: '', phone: { kind: 'hold-check-missed', heldMs: 45_000, missed: 1 } },
      { at: 50_000, speaker: 'system', text: '', phone: { kind: 'control', control: 'resume', heldMs: 50_000 } },
      { at: 50_000, speaker: 'system', text: '', phone: { kind: 'control', control: 'mute' } },
      { at: 50_000, speaker: 'system', text: '', phone: { kind: 'control', control: 'unmute' } },
      { at: 50_000, speaker: 'system', text: '', phone: { kind: 'control', control: 'transfer-cold', customerRepeats: true } },
    ]);
  });

  it('notifies subscribers on every control and on each missed check-back', () => {
    const { clock, call } = talking();
    let notified = 0;
    call.subscribe(() => notified++);
    call.hold();
    expect(notified).toBe(1);
    clock.advance(45_000);
    expect(notified).toBe(2);
    call.resumeFromHold();
    call.mute();
    call.unmute();
    expect(notified).toBe(5);
  });
});
