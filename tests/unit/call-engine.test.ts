import { describe, expect, it } from 'vitest';
import { startCall } from '../../src/core/engine/call-engine';
import { estimatedSpeakingMs } from '../../src/core/engine/estimated-speaking-time';
import { ManualClock } from '../../src/core/engine/manual-clock';
import { fakeScenarioFile, parseOrThrow } from '../factories/scenario-factory';

function call(ringLimitMs?: number) {
  const clock = new ManualClock();
  const scenario = parseOrThrow(fakeScenarioFile());
  // No speaking time unless a test says so: the customer's line is instant.
  const c = startCall(scenario, { clock, speakingMs: () => 0, ...(ringLimitMs ? { ringLimitMs } : {}) });
  return { clock, call: c };
}

describe('call engine', () => {
  it('rings until picked up, then says the first line and offers the options in file order with number keys', () => {
    const { clock, call: c } = call();
    expect(c.getView().phase).toBe('ringing');
    clock.advance(3_000);
    c.pickUp();
    const view = c.getView();
    expect(view.phase).toBe('talking');
    expect(view.line?.text).toBe('Bonjour, ma commande ?');
    expect(view.options.map((o) => [o.key, o.id])).toEqual([
      [1, 'opt.greet'],
      [2, 'opt.rude'],
    ]);
    expect(view.log).toContainEqual({ type: 'pickup', at: 3_000, ringMs: 3_000 });
  });

  it('records each decision with its response time and the options offered', () => {
    const { clock, call: c } = call();
    c.pickUp();
    clock.advance(4_200);
    expect(c.choose('opt.greet')).toBe(true);
    const decision = c.getView().log.find((e) => e.type === 'decision');
    expect(decision).toEqual({
      type: 'decision', at: 4_200, stateId: 'greet', optionId: 'opt.greet', text: 'Bonjour, Julien, ADV.', responseMs: 4_200, offered: ['opt.greet', 'opt.rude'],
    });
    expect(c.getView().stateId).toBe('verify');
  });

  it('moves the mood with actions, and the mood picks line variants and opens guarded options', () => {
    const { call: c } = call();
    c.pickUp();
    c.choose('opt.greet');
    expect(c.getView().mood).toBe(1);
    expect(c.getView().line?.text).toBe('Oui, alors ?');
    expect(c.getView().options.map((o) => o.id)).toEqual(['opt.check', 'opt.skip', 'opt.bonus']);

    const rude = call().call;
    rude.pickUp();
    rude.choose('opt.rude');
    expect(rude.getView().mood).toBe(-2);
    expect(rude.getView().line?.text).toBe('Bon, vous vous réveillez ?');
    expect(rude.getView().options.map((o) => o.id)).toEqual(['opt.check', 'opt.skip']);
  });

  it('follows the first branch whose guard passes', () => {
    const { call: calm } = call();
    calm.pickUp();
    calm.choose('opt.greet');
    calm.choose('opt.skip');
    expect(calm.getView().outcome?.kind).toBe('resolved');

    const { call: angry } = call();
    angry.pickUp();
    angry.choose('opt.rude');
    angry.choose('opt.skip');
    expect(angry.getView().outcome).toEqual({ kind: 'complaint', reason: 'final', stateId: 'complaint', summary: 'Elle se plaint.' });
  });

  it('ends with the final state outcome and its closing line', () => {
    const { call: c } = call();
    c.pickUp();
    c.choose('opt.greet');
    c.choose('opt.check');
    const view = c.getView();
    expect(view.phase).toBe('ended');
    expect(view.outcome?.kind).toBe('resolved');
    expect(view.log.filter((e) => e.type === 'line').map((e) => e.type === 'line' && e.text)).toEqual([
      'Bonjour, ma commande ?', 'Oui, alors ?', 'Merci, au revoir.',
    ]);
    expect(view.log.at(-1)?.type).toBe('end');
    expect(c.choose('opt.check')).toBe(false);
  });

  it('shows a countdown for the patience timer and lets the customer react when it runs out', () => {
    const { clock, call: c } = call();
    c.pickUp();
    expect(c.getView().timer).toEqual({ delay: 'patience', deadline: 20_000, durationMs: 20_000 });
    clock.advance(19_999);
    expect(c.getView().phase).toBe('talking');
    clock.advance(1);
    const view = c.getView();
    expect(view.outcome?.kind).toBe('lost');
    expect(view.log).toContainEqual({ type: 'timeout', at: 20_000, stateId: 'greet', delay: 'patience', waitedMs: 20_000, offered: ['opt.greet', 'opt.rude'], text: '(silence)' });
  });

  it('cancels the timer of a state once the agent answers', () => {
    const { clock, call: c } = call();
    c.pickUp();
    clock.advance(10_000);
    c.choose('opt.greet');
    clock.advance(60_000);
    expect(c.getView().stateId).toBe('verify');
    expect(c.getView().timer).toBeUndefined();
  });

  it('lets the customer hang up when nobody answers the ring', () => {
    const { clock, call: c } = call(15_000);
    clock.advance(15_000);
    expect(c.getView().outcome).toEqual({ kind: 'abandoned', reason: 'unanswered' });
  });

  it('records the agent hanging up mid-call', () => {
    const { call: c } = call();
    c.pickUp();
    c.hangUp();
    expect(c.getView().outcome).toEqual({ kind: 'abandoned', reason: 'agent-hung-up' });
  });

  it('stops every timer while paused and gives back the time left on resume', () => {
    const { clock, call: c } = call();
    c.pickUp();
    clock.advance(15_000);
    c.pause();
    expect(c.choose('opt.greet')).toBe(false);
    clock.advance(120_000);
    expect(c.getView().phase).toBe('talking');
    c.resume();
    clock.advance(4_999);
    expect(c.getView().phase).toBe('talking');
    clock.advance(1);
    expect(c.getView().outcome?.kind).toBe('lost');
    expect(c.getView().log.filter((e) => e.type === 'pause' || e.type === 'resume')).toEqual([
      { type: 'pause', at: 15_000 },
      { type: 'resume', at: 15_000, pausedMs: 120_000 },
    ]);
  });

  it('notifies subscribers on every change', () => {
    const { call: c } = call();
    let calls = 0;
    const unsubscribe = c.subscribe(() => calls++);
    c.pickUp();
    c.choose('opt.greet');
    unsubscribe();
    c.choose('opt.check');
    expect(calls).toBeGreaterThanOrEqual(2);
    const before = calls;
    c.hangUp();
    expect(calls).toBe(before);
  });
});

describe('the customer speaks before the clock runs', () => {
  function speakingCall(speakingMs: number, extra: { timeLimitMs?: number } = {}) {
    const clock = new ManualClock();
    const call = startCall(parseOrThrow(fakeScenarioFile()), { clock, speakingMs: () => speakingMs, ...extra });
    return { clock, call };
  }

  it('starts the patience timer when the line ends, and says when that is', () => {
    const { clock, call } = speakingCall(4_000);
    call.pickUp();
    expect(call.getView().speakingUntil).toBe(4_000);
    expect(call.getView().timer).toEqual({ delay: 'patience', deadline: 24_000, durationMs: 20_000 });
    clock.advance(23_999);
    expect(call.getView().phase).toBe('talking');
    clock.advance(1);
    expect(call.getView().outcome?.kind).toBe('lost');
    expect(call.getView().log).toContainEqual(expect.objectContaining({ type: 'timeout', waitedMs: 20_000 }));
    expect(call.getView().log).toContainEqual(expect.objectContaining({ type: 'line', text: 'Bonjour, ma commande ?', speakingMs: 4_000 }));
  });

  it('counts the response time from the end of the line', () => {
    const { clock, call } = speakingCall(4_000);
    call.pickUp();
    clock.advance(6_500);
    call.choose('opt.greet');
    expect(call.getView().log.find((e) => e.type === 'decision')).toMatchObject({ at: 6_500, responseMs: 2_500 });
  });

  it('lets the agent answer while the customer is still speaking (response time 0)', () => {
    const { clock, call } = speakingCall(4_000);
    call.pickUp();
    clock.advance(1_000);
    expect(call.choose('opt.greet')).toBe(true);
    expect(call.getView().log.find((e) => e.type === 'decision')).toMatchObject({ responseMs: 0 });
    expect(call.getView().speakingUntil).toBe(5_000);
  });

  it('estimates the speaking time from the text when no clip length is known', () => {
    expect(estimatedSpeakingMs({ text: 'Oui.' })).toBe(1_000);
    expect(estimatedSpeakingMs({ text: 'x'.repeat(100) })).toBe(6_800);
    expect(estimatedSpeakingMs({ text: 'x'.repeat(1000) })).toBe(12_000);
  });
});

describe("a challenge's clock", () => {
  it('ends the call when its time is up, ring time included', () => {
    const clock = new ManualClock();
    const call = startCall(parseOrThrow(fakeScenarioFile()), { clock, speakingMs: () => 0, timeLimitMs: 15_000 });
    expect(call.getView().timeLimit).toEqual({ deadline: 15_000, durationMs: 15_000 });
    clock.advance(5_000);
    call.pickUp();
    clock.advance(9_999);
    expect(call.getView().phase).toBe('talking');
    clock.advance(1);
    expect(call.getView().outcome).toEqual({ kind: 'abandoned', reason: 'time-up', stateId: 'greet' });
  });

  it('stops with the call: a call that ends in time is not cut afterwards', () => {
    const clock = new ManualClock();
    const call = startCall(parseOrThrow(fakeScenarioFile()), { clock, speakingMs: () => 0, timeLimitMs: 15_000 });
    call.pickUp();
    call.choose('opt.greet');
    call.choose('opt.check');
    clock.advance(60_000);
    expect(call.getView().outcome?.reason).toBe('final');
  });
});
