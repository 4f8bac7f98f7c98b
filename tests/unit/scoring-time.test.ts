/**
 * Scoring, time: a slow pick-up (ACC), hesitation under pressure (MAI), unexplained silence and
 * timers that ran out (ATT), and hanging up on the customer (CON). Each penalty is one extra
 * decision on its skill, best 0 and worst -2: a minor breach earns -1, a full breach -2.
 * Time at a decision counts from the end of the customer's line, and only past the reading
 * allowance: 2 s + 60 ms per character of the options offered, plus whatever of the line's caption
 * the time spent saying it did not cover (all of it in these hand-built logs, which have no speaking time).
 */
import { describe, expect, it } from 'vitest';
import { startCall } from '../../src/core/engine/call-engine';
import { ManualClock } from '../../src/core/engine/manual-clock';
import {
  DEAD_AIR_PENALTY_MS,
  DEAD_AIR_WARNING_MS,
  PICKUP_LIMIT_MS,
  PICKUP_NORM_MS,
  READING_BASE_MS,
  READING_MS_PER_CHAR,
} from '../../src/core/scoring/norms';
import { readingAllowanceMs } from '../../src/core/scoring/reading-allowance';
import { scoreCall } from '../../src/core/scoring/score-call';
import type { DecisionItem } from '../../src/core/scoring/score-types';
import { callLog, scoringScenario } from '../factories/call-log-factory';

const scenario = scoringScenario();
const texts = (stateId: string, ids: string[]) => ids.map((id) => ({ text: scenario.states[stateId]?.options.find((o) => o.id === id)?.text ?? '' }));
const CLOSE_LINE = 'Bon, très bien.';
const closeAllowance = readingAllowanceMs(CLOSE_LINE, texts('close', ['recap', 'bye', 'shrug']), 0);
const TENSE_LINE = 'Vous vous moquez de moi ?';
const tenseAllowance = readingAllowanceMs(TENSE_LINE, texts('tense', ['calm', 'snap']), 0);

/** One answer at `close` (no timer), after `afterMs`, with the customer in `mood`. */
function closeAfter(afterMs: number, mood = 0) {
  return scoreCall(scenario, callLog().pickUp().hears('close', CLOSE_LINE, mood).answers('close', 'recap', { afterMs }).ends('resolved'));
}

describe('the reading allowance', () => {
  it('is a 2 s base plus 60 ms per character of every option offered and of the line, when the customer took no time to say it', () => {
    expect(READING_BASE_MS).toBe(2_000);
    expect(READING_MS_PER_CHAR).toBe(60);
    expect(readingAllowanceMs('abc', [{ text: 'de' }, { text: 'f' }], 0)).toBe(2_000 + 60 * 6);
    expect(readingAllowanceMs(undefined, [], 0)).toBe(2_000);
  });

  it('leaves out the line’s caption the agent read while the customer was saying it: only what that time did not cover remains', () => {
    const options = [{ text: 'x'.repeat(100) }];
    const line = 'y'.repeat(50); // 3 s to read
    expect(readingAllowanceMs(line, options, 3_250)).toBe(2_000 + 6_000);
    expect(readingAllowanceMs(line, options, 3_000)).toBe(2_000 + 6_000);
    // A fast clip (2 s for 3 s of reading): the last second of the caption is read after the line.
    expect(readingAllowanceMs(line, options, 2_000)).toBe(2_000 + 6_000 + 1_000);
  });

  it('is shown on each decision of the debrief, with the speaking time when the log has it', () => {
    const item = closeAfter(1_000).debrief[1] as DecisionItem;
    expect(item.allowanceMs).toBe(closeAllowance);
    expect(item.speakingMs).toBeUndefined();
    const spoken = scoreCall(scenario, callLog().pickUp().hears('close', CLOSE_LINE, 0, 2_000).answers('close', 'recap', { afterMs: 1_000 }).ends('resolved'));
    const optionsOnly = readingAllowanceMs('', texts('close', ['recap', 'bye', 'shrug']), 0);
    expect(spoken.debrief[1]).toMatchObject({ kind: 'decision', speakingMs: 2_000, responseMs: 1_000, allowanceMs: optionsOnly });
  });

  it('counts from the end of the line: an answer timed from there is late only past the options’ reading time', () => {
    // An answer 0.5 s past the options' reading time, irritated customer: late, since the line was read while it was said.
    const optionsOnly = readingAllowanceMs('', texts('close', ['recap', 'bye', 'shrug']), 0);
    const afterMs = optionsOnly + 500;
    const spoken = scoreCall(scenario, callLog().pickUp().hears('close', CLOSE_LINE, -1, 1_500).answers('close', 'recap', { afterMs }).ends('resolved'));
    expect(spoken.timing.penalties).toEqual([{ rule: 'hesitation', skill: 'MAI', points: 1, actualMs: afterMs, limitMs: optionsOnly }]);
    // Without speaking time (an older log, timed from the line's start) the line's caption is still allowed.
    expect(closeAfter(afterMs, -1).timing.penalties).toEqual([]);
  });
});

describe('the reading allowance on the real engine', () => {
  it('times the answer from the end of the line and leaves the spoken caption out of the allowance', () => {
    const clock = new ManualClock();
    const call = startCall(scenario, { clock, speakingMs: () => 3_000 });
    call.pickUp();
    clock.advance(3_000 + 1_500);
    call.choose('greet');
    const item = scoreCall(scenario, call.getView().log).debrief[1] as DecisionItem;
    expect(item).toMatchObject({ kind: 'decision', speakingMs: 3_000, responseMs: 1_500 });
    // 'Bonjour, ma commande ?' (22 characters, 1.32 s to read) was said in 3 s: only the options remain.
    expect(item.allowanceMs).toBe(readingAllowanceMs('', texts('open', ['greet', 'blunt']), 0));
  });
});

describe('a slow pick-up costs ACC', () => {
  const pickUpAfter = (ringMs: number) => scoreCall(scenario, callLog().pickUp(ringMs).hears('close').answers('close', 'recap').ends('resolved'));

  it('is free up to the 3rd ring (10 s)', () => {
    expect(PICKUP_NORM_MS).toBe(10_000);
    expect(pickUpAfter(10_000).timing.penalties).toEqual([]);
    expect(pickUpAfter(10_000).skills.ACC).toBeUndefined();
  });

  it('costs 1 point past the 3rd ring, 2 past the 4th (15 s)', () => {
    expect(PICKUP_LIMIT_MS).toBe(15_000);
    expect(pickUpAfter(10_001).timing.penalties).toEqual([{ rule: 'slow-pickup', skill: 'ACC', points: 1, actualMs: 10_001, limitMs: 10_000 }]);
    expect(pickUpAfter(15_000).timing.penalties[0]?.points).toBe(1);
    expect(pickUpAfter(15_001).timing.penalties).toEqual([{ rule: 'slow-pickup', skill: 'ACC', points: 2, actualMs: 15_001, limitMs: 15_000 }]);
  });

  it('counts as one more ACC decision: alone it scores 50 (minor) or 0 (full); with a perfect greeting, 5/6', () => {
    expect(pickUpAfter(12_000).skills.ACC).toEqual({ score: 50, decisions: 0, bestChosen: 0, penalties: 1, earned: -1, best: 0, worst: -2 });
    expect(pickUpAfter(20_000).skills.ACC?.score).toBe(0);
    const greeted = scoreCall(scenario, callLog().pickUp(12_000).hears('open').answers('open', 'greet').ends('resolved'));
    // greet earns 2 of [-2, 2], the pick-up -1 of [-2, 0]: (4 + 1) / (4 + 2).
    expect(greeted.skills.ACC?.score).toBeCloseTo((100 * 5) / 6, 6);
  });

  it('costs the full 2 points when nobody picks up', () => {
    const score = scoreCall(scenario, callLog().ends('abandoned', 'unanswered'));
    expect(score.debrief[0]).toEqual({ kind: 'pickup', index: 0, ringMs: 500, answered: false, penalties: [{ rule: 'unanswered', skill: 'ACC', points: 2, actualMs: 500 }] });
    expect(score.skills.ACC?.score).toBe(0);
    expect(score.overall).toBe(0);
    expect(score.timing.ringMs).toBeUndefined();
  });
});

describe('hesitation costs MAI, only under pressure', () => {
  it('is any answer past the reading allowance when the state has a tight timer (≤ 10 s)', () => {
    const at = (afterMs: number) =>
      scoreCall(scenario, callLog().pickUp().hears('tense', TENSE_LINE).answers('tense', 'calm', { afterMs }).ends('resolved'));
    expect(at(tenseAllowance).timing.penalties).toEqual([]);
    expect(at(tenseAllowance + 1).timing.penalties).toEqual([{ rule: 'hesitation', skill: 'MAI', points: 1, actualMs: tenseAllowance + 1, limitMs: tenseAllowance }]);
    // calm is the best MAI answer (2 of [-2, 2]), the hesitation -1 of [-2, 0]: (4 + 1) / (4 + 2).
    expect(at(tenseAllowance + 1).skills.MAI?.score).toBeCloseTo((100 * 5) / 6, 6);
  });

  it('or when the customer is irritated or worse (mood ≤ -1) at the line', () => {
    expect(closeAfter(closeAllowance + 1, -1).timing.penalties.map((p) => p.rule)).toEqual(['hesitation']);
    expect(closeAfter(closeAllowance + 1, -3).timing.penalties.map((p) => p.rule)).toEqual(['hesitation']);
  });

  it('is not a fault with a calm customer and no tight timer', () => {
    expect(closeAfter(closeAllowance + 1, 0).timing.penalties).toEqual([]);
    expect(closeAfter(closeAllowance + 4_000, 1).skills.MAI).toBeUndefined();
  });
});

describe('unexplained silence costs ATT', () => {
  it('warns without points from 5 s past the reading allowance', () => {
    expect(DEAD_AIR_WARNING_MS).toBe(5_000);
    expect(closeAfter(closeAllowance + 4_999).timing.warnings).toBe(0);
    const warned = closeAfter(closeAllowance + 5_000);
    expect((warned.debrief[1] as DecisionItem).warnings).toEqual([{ rule: 'dead-air-warning', actualMs: 5_000, limitMs: 5_000 }]);
    expect(warned.timing.warnings).toBe(1);
    expect(warned.timing.penalties).toEqual([]);
    expect(closeAfter(closeAllowance + 9_999).timing.penalties).toEqual([]);
  });

  it('costs the full 2 points from 10 s past the reading allowance', () => {
    expect(DEAD_AIR_PENALTY_MS).toBe(10_000);
    const silent = closeAfter(closeAllowance + 10_000);
    expect(silent.timing.penalties).toEqual([{ rule: 'dead-air', skill: 'ATT', points: 2, actualMs: 10_000, limitMs: 10_000 }]);
    expect((silent.debrief[1] as DecisionItem).warnings).toEqual([]);
    expect(silent.skills.ATT).toEqual({ score: 0, decisions: 0, bestChosen: 0, penalties: 1, earned: -2, best: 0, worst: -2 });
  });

  it('adds to hesitation when both apply: different skills, different faults', () => {
    expect(closeAfter(closeAllowance + 12_000, -2).timing.penalties.map((p) => [p.rule, p.skill])).toEqual([
      ['hesitation', 'MAI'],
      ['dead-air', 'ATT'],
    ]);
  });

  it('never counts a pause: the log’s times leave paused time out', () => {
    const clock = new ManualClock();
    const call = startCall(scenario, { clock, speakingMs: () => 0 });
    call.pickUp();
    clock.advance(1_000);
    call.pause();
    clock.advance(120_000);
    call.resume();
    clock.advance(1_000);
    call.choose('greet');
    const score = scoreCall(scenario, call.getView().log);
    expect(score.timing.penalties).toEqual([]);
    expect((score.debrief[1] as DecisionItem).responseMs).toBe(2_000);
  });
});

describe('a timer that runs out costs ATT', () => {
  it('costs the full 2 points when the customer’s patience runs out, on top of the decision’s own stakes', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('open').waits('open', 'patience', 20_000).ends('lost'));
    expect(score.timing.penalties).toEqual([{ rule: 'timeout', skill: 'ATT', points: 2, actualMs: 20_000, delay: 'patience' }]);
    expect(score.timing.timeouts).toBe(1);
    expect(score.skills.ATT?.score).toBe(0);
    expect(score.skills.ACC?.score).toBe(25);
  });

  it('adds no hesitation or dead air on top of the timeout', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('tense', TENSE_LINE, -2).waits('tense', 'shortPatience', 8_000).ends('lost'));
    expect(score.timing.penalties.map((p) => p.rule)).toEqual(['timeout']);
  });

  it('is no fault in a state where the agent had nothing to answer', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('wait').waits('wait', 'silence', 10_000).hears('close').answers('close', 'recap').ends('resolved'));
    expect(score.timing.penalties).toEqual([]);
    expect(score.skills.ATT).toBeUndefined();
  });
});

describe('hanging up on the customer costs CON', () => {
  it('costs the full 2 points when the agent ends the call before it is over', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('open').answers('open', 'greet').ends('abandoned', 'agent-hung-up'));
    expect(score.timing.penalties).toEqual([{ rule: 'agent-hung-up', skill: 'CON', points: 2 }]);
    expect(score.skills.CON?.score).toBe(0);
  });

  it('does not apply when the call reached its end or the customer hung up', () => {
    expect(scoreCall(scenario, callLog().pickUp().hears('open').waits('open', 'patience', 20_000).ends('lost')).skills.CON).toBeUndefined();
  });
});

describe('the timing summary', () => {
  it('gives the ring time, the call length, the mean response time, timeouts, warnings and every penalty in order', () => {
    const log = callLog()
      .pickUp(12_000)
      .hears('open').answers('open', 'greet', { afterMs: 3_000 })
      .hears('close', CLOSE_LINE).answers('close', 'recap', { afterMs: 5_000 })
      .ends('resolved');
    expect(scoreCall(scenario, log).timing).toEqual({
      ringMs: 12_000,
      durationMs: 12_000 + 3_000 + 5_000 + 500,
      meanResponseMs: 4_000,
      timeouts: 0,
      warnings: 0,
      penalties: [{ rule: 'slow-pickup', skill: 'ACC', points: 1, actualMs: 12_000, limitMs: 10_000 }],
    });
  });
});
