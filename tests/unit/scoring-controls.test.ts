/**
 * Scoring, the phone's controls: the log's `control` and `hold-check-missed` entries are read like
 * decisions. A reaction the scenario declares is scored by its `meta.control` effects, against not
 * using the control (0); where the default reaction applies, the norms cost: a hold without asking
 * (ATT 2), each check-back missed on hold (ATT 1 within a minute on hold, 2 past it), a customer
 * lost on hold (ATT 2), a cold transfer (TRF 2). Mute costs what its silence costs (dead air,
 * timeout); hanging up costs CON 2, once.
 */
import { describe, expect, it } from 'vitest';
import { startCall } from '../../src/core/engine/call-engine';
import { ManualClock } from '../../src/core/engine/manual-clock';
import {
  CHECK_BACK_MAX_MS,
  CHECK_BACK_MIN_MS,
  COLD_TRANSFER_POINTS,
  CONTROL_NOT_USED_EFFECT,
  HOLD_SKILL,
  HUNG_UP_ON_HOLD_POINTS,
  LATE_CHECK_BACK_POINTS,
  MISSED_CHECK_BACK_POINTS,
  TRANSFER_SKILL,
  UNASKED_HOLD_POINTS,
} from '../../src/core/scoring/norms';
import { penaltyText } from '../../src/core/scoring/penalty-text';
import { readingAllowanceMs } from '../../src/core/scoring/reading-allowance';
import { scoreCall } from '../../src/core/scoring/score-call';
import type { ControlItem, DebriefItem, HoldCheckMissedItem } from '../../src/core/scoring/score-types';
import { callLog, reactingScenario, scoringScenario } from '../factories/call-log-factory';

const scenario = scoringScenario();
const reacting = reactingScenario();
const kinds = (debrief: readonly DebriefItem[]) => debrief.map((item) => (item.kind === 'control' ? `control:${item.control}` : item.kind));
const controlItems = (debrief: readonly DebriefItem[]) => debrief.filter((item): item is ControlItem => item.kind === 'control');

describe('the norms behind the default reactions', () => {
  it('cost ATT for holds and TRF for transfers, on the usual 0 / -2 scale', () => {
    expect(HOLD_SKILL).toBe('ATT');
    expect(TRANSFER_SKILL).toBe('TRF');
    expect([UNASKED_HOLD_POINTS, MISSED_CHECK_BACK_POINTS, LATE_CHECK_BACK_POINTS, HUNG_UP_ON_HOLD_POINTS, COLD_TRANSFER_POINTS]).toEqual([2, 1, 2, 2, 2]);
    expect([CHECK_BACK_MIN_MS, CHECK_BACK_MAX_MS]).toEqual([30_000, 60_000]);
    expect(CONTROL_NOT_USED_EFFECT).toBe(0);
  });
});

describe('a hold, with the default reaction', () => {
  it('costs ATT 2 when the customer was not asked (the state had no hold-agreed tag)', () => {
    const log = callLog().pickUp().hears('verify').holds('verify', { moodBefore: 0, mood: -1 }).resumes('verify', 20_000).answers('verify', 'check').ends('resolved');
    const score = scoreCall(scenario, log);
    expect(score.timing.penalties).toEqual([{ rule: 'unasked-hold', skill: 'ATT', points: 2 }]);
    // A penalty, not evidence: ATT has no decision, only the penalty (0 of [-2, 0]).
    expect(score.skills.ATT).toEqual({ score: 0, decisions: 0, bestChosen: 0, penalties: 1, earned: -2, best: 0, worst: -2 });
  });

  it('costs nothing when the customer had agreed, nor when the agent takes them back in time', () => {
    const log = callLog().pickUp().hears('verify').holds('verify', { agreed: true }).resumes('verify', 44_000).answers('verify', 'check').ends('resolved');
    const score = scoreCall(scenario, log);
    expect(score.timing.penalties).toEqual([]);
    expect(score.skills.ATT).toBeUndefined();
  });

  it('does not count time on hold as silence at the next answer (the log’s response time leaves it out)', () => {
    const log = callLog().pickUp().hears('close').holds('close', { agreed: true }).resumes('close', 40_000).answers('close', 'recap', { afterMs: 3_000 }).ends('resolved');
    const score = scoreCall(scenario, log);
    expect(score.debrief.find((item) => item.kind === 'decision')).toMatchObject({ responseMs: 3_000, penalties: [], warnings: [] });
  });
});

describe('check-backs missed on hold', () => {
  it('cost ATT 1 each within the first minute on hold, 2 past it; the resume does not count them again', () => {
    const log = callLog()
      .pickUp()
      .hears('verify')
      .holds('verify', { agreed: true })
      .missesCheckBack('verify', 45_000, 1)
      .missesCheckBack('verify', 90_000, 2)
      .resumes('verify', 100_000, { missedCheckBacks: 2 })
      .answers('verify', 'check')
      .ends('resolved');
    const score = scoreCall(scenario, log);
    expect(score.timing.penalties).toEqual([
      { rule: 'missed-check-back', skill: 'ATT', points: 1, actualMs: 45_000, limitMs: 30_000 },
      { rule: 'missed-check-back', skill: 'ATT', points: 2, actualMs: 90_000, limitMs: 60_000 },
    ]);
    expect(kinds(score.debrief)).toEqual(['pickup', 'control:hold', 'hold-check-missed', 'hold-check-missed', 'control:resume', 'decision', 'end']);
    // Two penalties: -1 and -2 of [-4, 0].
    expect(score.skills.ATT?.score).toBe(25);
    expect(score.skills.ATT?.penalties).toBe(2);
  });

  it('are explained on their own debrief item: time on hold, which miss, the mood', () => {
    const log = callLog().pickUp().hears('verify').holds('verify', { agreed: true }).missesCheckBack('verify', 45_000, 1, { moodBefore: 0, mood: -1 }).resumes('verify', 50_000).ends('resolved');
    const item = scoreCall(scenario, log).debrief[2] as HoldCheckMissedItem;
    expect(item).toEqual({
      kind: 'hold-check-missed',
      index: 2,
      at: 3_000 + 1_000 + 45_000,
      stateId: 'verify',
      heldMs: 45_000,
      missed: 1,
      moodBefore: 0,
      mood: -1,
      penalties: [{ rule: 'missed-check-back', skill: 'ATT', points: 1, actualMs: 45_000, limitMs: 30_000 }],
    });
  });
});

describe('a customer who hangs up on hold', () => {
  it('costs ATT 2 on the end of the call, with the time on hold, on top of the check-backs missed', () => {
    const log = callLog()
      .pickUp()
      .hears('verify')
      .holds('verify')
      .missesCheckBack('verify', 45_000, 1)
      .missesCheckBack('verify', 90_000, 2)
      .elapses(29_500)
      .ends('abandoned', 'hung-up-on-hold', { stateId: 'verify' });
    const score = scoreCall(scenario, log);
    expect(score.debrief.at(-1)).toMatchObject({ kind: 'end', penalties: [{ rule: 'hung-up-on-hold', skill: 'ATT', points: 2, actualMs: 120_000 }] });
    expect(score.timing.penalties.map((p) => [p.rule, p.points])).toEqual([
      ['unasked-hold', 2],
      ['missed-check-back', 1],
      ['missed-check-back', 2],
      ['hung-up-on-hold', 2],
    ]);
    expect(score.skills.ATT?.score).toBeCloseTo((100 * 1) / 8, 6);
    expect(score.skills.CON).toBeUndefined();
  });
});

describe('a transfer, with the default reaction', () => {
  it('costs TRF 2 when cold: the customer has to explain everything again', () => {
    const log = callLog().pickUp().hears('solve').transfers('solve', 'cold', { moodBefore: 0, mood: -1 }).ends('escalated', 'transferred', { stateId: 'solve' });
    const score = scoreCall(scenario, log);
    expect(score.timing.penalties).toEqual([{ rule: 'cold-transfer', skill: 'TRF', points: 2 }]);
    expect(controlItems(score.debrief)[0]?.penalties).toEqual([{ rule: 'cold-transfer', skill: 'TRF', points: 2 }]);
    expect(score.debrief.at(-1)?.penalties).toEqual([]);
    expect(score.skills.TRF?.score).toBe(0);
  });

  it('costs nothing when warm', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('solve').transfers('solve', 'warm').ends('escalated', 'transferred'));
    expect(score.timing.penalties).toEqual([]);
    expect(score.skills.TRF).toBeUndefined();
  });
});

describe('hanging up mid-call', () => {
  it('costs CON 2 once: on the end of the call, not on the hang-up control before it', () => {
    const log = callLog().pickUp().hears('open').answers('open', 'greet').hangsUp('verify').ends('abandoned', 'agent-hung-up');
    const score = scoreCall(scenario, log);
    expect(score.timing.penalties).toEqual([{ rule: 'agent-hung-up', skill: 'CON', points: 2 }]);
    expect(controlItems(score.debrief)).toMatchObject([{ control: 'hangup', reaction: 'default', penalties: [], skills: [] }]);
    expect(score.skills.CON).toEqual({ score: 0, decisions: 0, bestChosen: 0, penalties: 1, earned: -2, best: 0, worst: -2 });
  });

  it('while the customer is on hold, costs the unasked hold and the hang-up, not a customer lost on hold', () => {
    const log = callLog().pickUp().hears('verify').holds('verify').hangsUp('verify', { heldMs: 10_000, afterMs: 10_000 }).ends('abandoned', 'agent-hung-up');
    expect(scoreCall(scenario, log).timing.penalties.map((p) => p.rule)).toEqual(['unasked-hold', 'agent-hung-up']);
  });
});

describe('mute, with the default reaction', () => {
  it('costs nothing of its own: the muted time is silence, counted at the next answer as dead air', () => {
    const allowance = readingAllowanceMs('Line of close', scenario.states.close!.options, 0);
    const log = callLog()
      .pickUp()
      .hears('close')
      .mutes('close')
      .unmutes('close', { afterMs: allowance + 9_000 })
      .answers('close', 'recap', { afterMs: allowance + 10_000 })
      .ends('resolved');
    const score = scoreCall(scenario, log);
    expect(kinds(score.debrief)).toEqual(['pickup', 'control:mute', 'control:unmute', 'decision', 'end']);
    expect(score.timing.penalties).toEqual([{ rule: 'dead-air', skill: 'ATT', points: 2, actualMs: 10_000, limitMs: 10_000 }]);
  });

  it('or as a timeout when the customer’s patience runs out while muted', () => {
    const log = callLog().pickUp().hears('open').mutes('open').waits('open', 'patience', 20_000).ends('lost');
    expect(scoreCall(scenario, log).timing.penalties.map((p) => p.rule)).toEqual(['timeout']);
  });
});

describe('a reaction the scenario declares', () => {
  it('scores its effects like a decision, against not using the control: a harmful hold earns -2 of [-2, 0], no default penalty on top', () => {
    const log = callLog()
      .pickUp()
      .hears('solve')
      .holds('solve', { reaction: 'scenario', moodBefore: 0, mood: -2 })
      .resumes('solve', 20_000)
      .answers('solve', 'facts')
      .ends('resolved');
    const score = scoreCall(reacting, log);
    const hold = controlItems(score.debrief)[0];
    expect(hold).toEqual({
      kind: 'control',
      index: 1,
      at: 4_000,
      stateId: 'solve',
      control: 'hold',
      agreed: false,
      reaction: 'scenario',
      moodBefore: 0,
      mood: -2,
      feedback: 'Mise en attente sans demander ni donner de durée (ATT).',
      effects: { ATT: -2 },
      skills: [{ skill: 'ATT', earned: -2, best: 0, worst: -2, bestChosen: false }],
      penalties: [],
    });
    expect(score.timing.penalties).toEqual([]);
    // Counted as a decision on ATT: evidence, unlike a penalty.
    expect(score.skills.ATT).toEqual({ score: 0, decisions: 1, bestChosen: 0, penalties: 0, earned: -2, best: 0, worst: -2 });
  });

  it('earns its best when its effects are good: a warm transfer to the right service, 2 of [0, 2]', () => {
    const log = callLog().pickUp().hears('solve').transfers('solve', 'warm', { reaction: 'scenario' }).ends('escalated', 'final', { stateId: 'escalated' });
    const score = scoreCall(reacting, log);
    expect(controlItems(score.debrief)[0]?.skills).toEqual([{ skill: 'TRF', earned: 2, best: 2, worst: 0, bestChosen: true }]);
    expect(score.skills.TRF).toMatchObject({ score: 100, decisions: 1, bestChosen: 1 });
  });

  it('judges a declared hang-up by its effects alone: no CON penalty, since the call reached the scenario’s end', () => {
    const log = callLog().pickUp().hears('tense').hangsUp('tense', { reaction: 'scenario' }).ends('lost', 'final', { stateId: 'lost' });
    const score = scoreCall(reacting, log);
    expect(score.timing.penalties).toEqual([]);
    expect(controlItems(score.debrief)[0]?.skills).toEqual([
      { skill: 'REC', earned: 1, best: 1, worst: 0, bestChosen: true },
      { skill: 'MAI', earned: -2, best: 0, worst: -2, bestChosen: false },
    ]);
    expect(score.skills.CON).toBeUndefined();
  });

  it('with feedback and no effects, explains without scoring', () => {
    const log = callLog().pickUp().hears('solve').mutes('solve', { reaction: 'scenario' }).unmutes('solve').answers('solve', 'facts').ends('resolved');
    const mute = controlItems(scoreCall(reacting, log).debrief)[0];
    expect(mute).toMatchObject({ control: 'mute', feedback: 'Micro coupé : elle entend un silence.', effects: {}, skills: [], penalties: [] });
  });

  it('is marked unmatched when the scenario no longer declares it (a log from an older version)', () => {
    const log = callLog().pickUp().hears('solve').holds('solve', { reaction: 'scenario' }).resumes('solve', 5_000).answers('solve', 'facts').ends('resolved');
    const hold = controlItems(scoreCall(scenario, log).debrief)[0];
    expect(hold).toMatchObject({ control: 'hold', unmatched: true, effects: {}, skills: [], penalties: [] });
  });
});

describe('the phone penalties in plain words', () => {
  it('say what happened, the norm and the cost, in French and English', () => {
    expect(penaltyText({ rule: 'unasked-hold', skill: 'ATT', points: 2 })).toEqual({
      fr: "Mise en attente sans l'accord du client : demandez la permission, annoncez une durée et attendez son « oui » (−2 sur 2 en mise en attente & silences).",
      en: "Put on hold without the customer's agreement: ask permission, give a time and wait for a yes (−2 of 2 on hold & dead-air control).",
    });
    expect(penaltyText({ rule: 'missed-check-back', skill: 'ATT', points: 1, actualMs: 45_000, limitMs: 30_000 })).toEqual({
      fr: '45 s en attente sans nouvelles : revenez vers le client toutes les 30 à 60 s (−1 sur 2 en mise en attente & silences).',
      en: '45 s on hold without a word: check back every 30–60 s (−1 of 2 on hold & dead-air control).',
    });
    expect(penaltyText({ rule: 'missed-check-back', skill: 'ATT', points: 2, actualMs: 90_000, limitMs: 60_000 }).fr).toBe(
      "90 s en attente sans nouvelles, au-delà d'une minute : revenez vers le client toutes les 30 à 60 s (−2 sur 2 en mise en attente & silences).",
    );
    expect(penaltyText({ rule: 'hung-up-on-hold', skill: 'ATT', points: 2, actualMs: 120_000 }).en).toBe(
      'Left on hold, the customer hung up after 120 s: past a minute, take them back and offer a callback (−2 of 2 on hold & dead-air control).',
    );
    expect(penaltyText({ rule: 'hung-up-on-hold', skill: 'ATT', points: 2 }).fr).toBe(
      "Laissé en attente, le client a raccroché : au-delà d'une minute, reprenez-le et proposez de le rappeler (−2 sur 2 en mise en attente & silences).",
    );
    expect(penaltyText({ rule: 'cold-transfer', skill: 'TRF', points: 2 }).en).toBe(
      'Cold transfer, without briefing the colleague: the customer has to explain everything again, as 56% of customers do (HBR) (−2 of 2 on transfer & warm hand-off).',
    );
  });
});

describe('end to end, on the real engine', () => {
  const start = (file = scenario) => {
    const clock = new ManualClock();
    const call = startCall(file, { clock, speakingMs: () => 0 });
    call.pickUp();
    return { clock, call };
  };

  it('an unasked hold, a check-back missed, the customer taken back, then a cold transfer', () => {
    const { clock, call } = start();
    clock.advance(2_000);
    call.choose('greet');
    clock.advance(1_000);
    call.hold();
    clock.advance(50_000);
    call.resumeFromHold();
    clock.advance(2_000);
    call.choose('check');
    clock.advance(1_000);
    call.transfer('cold');
    const score = scoreCall(scenario, call.getView().log);
    expect(kinds(score.debrief)).toEqual(['pickup', 'decision', 'control:hold', 'hold-check-missed', 'control:resume', 'decision', 'control:transfer-cold', 'end']);
    expect(score.outcome).toMatchObject({ kind: 'escalated', reason: 'transferred' });
    expect(score.timing.penalties).toEqual([
      { rule: 'unasked-hold', skill: 'ATT', points: 2 },
      { rule: 'missed-check-back', skill: 'ATT', points: 1, actualMs: 45_000, limitMs: 30_000 },
      { rule: 'cold-transfer', skill: 'TRF', points: 2 },
    ]);
    expect(controlItems(score.debrief).map((item) => [item.control, item.moodBefore, item.mood])).toEqual([
      ['hold', 0, -1],
      ['resume', -2, -2],
      ['transfer-cold', -2, -3],
    ]);
    // The answer after the hold is timed without the time on hold: 1 s before it, 2 s after.
    expect(score.debrief[5]).toMatchObject({ kind: 'decision', stateId: 'verify', responseMs: 3_000, penalties: [] });
    expect(score.skills.ATT?.score).toBeCloseTo((100 * 1) / 4, 6);
    expect(score.skills.TRF?.score).toBe(0);
    expect(score.skills.ACC?.score).toBe(100);
  });

  it('a customer left on hold until they hang up', () => {
    const { clock, call } = start();
    clock.advance(1_000);
    call.hold();
    clock.advance(120_000);
    const score = scoreCall(scenario, call.getView().log);
    expect(score.outcome).toMatchObject({ kind: 'abandoned', reason: 'hung-up-on-hold' });
    expect(score.timing.penalties).toEqual([
      { rule: 'unasked-hold', skill: 'ATT', points: 2 },
      { rule: 'missed-check-back', skill: 'ATT', points: 1, actualMs: 45_000, limitMs: 30_000 },
      { rule: 'missed-check-back', skill: 'ATT', points: 2, actualMs: 90_000, limitMs: 60_000 },
      { rule: 'hung-up-on-hold', skill: 'ATT', points: 2, actualMs: 120_000 },
    ]);
  });

  it('a hang-up counts once, with the default reaction', () => {
    const { clock, call } = start();
    clock.advance(1_000);
    call.hangUp();
    const score = scoreCall(scenario, call.getView().log);
    expect(kinds(score.debrief)).toEqual(['pickup', 'control:hangup', 'end']);
    expect(score.timing.penalties).toEqual([{ rule: 'agent-hung-up', skill: 'CON', points: 2 }]);
  });

  it('declared reactions: a hold the scenario judges, taken back, then a warm transfer it praises', () => {
    const { clock, call } = start(reacting);
    clock.advance(2_000);
    call.choose('greet');
    clock.advance(2_000);
    call.choose('check');
    clock.advance(1_000);
    call.hold();
    clock.advance(10_000);
    call.resumeFromHold();
    clock.advance(1_000);
    call.transfer('warm');
    const score = scoreCall(reacting, call.getView().log);
    expect(score.outcome).toMatchObject({ kind: 'escalated', reason: 'final', stateId: 'escalated' });
    expect(controlItems(score.debrief).map((item) => [item.control, item.reaction, item.skills.map((s) => `${s.skill} ${s.earned}`)])).toEqual([
      ['hold', 'scenario', ['ATT -2']],
      ['resume', 'default', []],
      ['transfer-warm', 'scenario', ['TRF 2']],
    ]);
    expect(score.timing.penalties).toEqual([]);
    expect(score.skills.ATT).toMatchObject({ score: 0, decisions: 1 });
    expect(score.skills.TRF).toMatchObject({ score: 100, decisions: 1 });
  });

  it('a declared hang-up ends the call with the scenario’s outcome, judged by its effects, with no CON penalty on top', () => {
    const { clock, call } = start(reacting);
    for (const option of ['greet', 'check', 'facts']) {
      clock.advance(1_000);
      call.choose(option);
    }
    clock.advance(1_000);
    call.hangUp();
    const score = scoreCall(reacting, call.getView().log);
    expect(kinds(score.debrief).slice(-2)).toEqual(['control:hangup', 'end']);
    expect(score.outcome).toMatchObject({ kind: 'resolved', reason: 'final', stateId: 'done' });
    expect(score.timing.penalties).toEqual([]);
    expect(score.skills.CON).toEqual({ score: 0, decisions: 1, bestChosen: 0, penalties: 0, earned: -1, best: 0, worst: -1 });
  });

  it('mute until the customer’s patience runs out is a timeout', () => {
    const { clock, call } = start();
    clock.advance(1_000);
    call.mute();
    clock.advance(19_000);
    const score = scoreCall(scenario, call.getView().log);
    expect(kinds(score.debrief)).toEqual(['pickup', 'control:mute', 'timeout', 'end']);
    expect(score.timing.penalties).toEqual([{ rule: 'timeout', skill: 'ATT', points: 2, actualMs: 20_000, delay: 'patience' }]);
  });
});
