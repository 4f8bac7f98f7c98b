/**
 * Scoring, per skill: a skill's score is what the agent earned against the best that was on offer
 * at the decisions they actually met, 100 × Σ(earned − worst) / Σ(best − worst).
 */
import { describe, expect, it } from 'vitest';
import { scoreCall } from '../../src/core/scoring/score-call';
import { skillsAtAnswer, skillsAtTimeout } from '../../src/core/scoring/skills-at-decision';
import { callLog, pathLog, scoringScenario } from '../factories/call-log-factory';

const scenario = scoringScenario();

describe('a skill at one decision', () => {
  const offered = [{ effects: { ACC: 2, CNF: 1 } }, { effects: { ACC: -2 } }, { effects: { ACC: 1, CNF: 1 } }];

  it('is at stake only where the offered options differ, a missing effect counting as 0', () => {
    expect(skillsAtAnswer(offered, { ACC: 1, CNF: 1 })).toEqual([
      { skill: 'ACC', earned: 1, best: 2, worst: -2, bestChosen: false },
      { skill: 'CNF', earned: 1, best: 1, worst: 0, bestChosen: true },
    ]);
    expect(skillsAtAnswer([{ effects: { ACC: 1 } }, { effects: { ACC: 1, EMP: 0 } }], { ACC: 1 })).toEqual([]);
  });

  it('when a timer runs out, scores the silence as one more option: the timer’s own effect where it names the skill, else the worst offered', () => {
    expect(skillsAtTimeout(offered, { ACC: -1 })).toEqual([
      { skill: 'ACC', earned: -1, best: 2, worst: -2, bestChosen: false },
      { skill: 'CNF', earned: 0, best: 1, worst: 0, bestChosen: false },
    ]);
  });

  it('lets a timer effect widen the range: silence can be the worst answer, or the best (letting an angry customer vent)', () => {
    expect(skillsAtTimeout([{ effects: {} }, { effects: {} }], { ATT: -2 })).toEqual([{ skill: 'ATT', earned: -2, best: 0, worst: -2, bestChosen: false }]);
    expect(skillsAtTimeout([{ effects: { EMP: -1 } }, { effects: {} }], { EMP: 2 })).toEqual([{ skill: 'EMP', earned: 2, best: 2, worst: -1, bestChosen: true }]);
  });

  it('puts nothing at stake when no option was offered', () => {
    expect(skillsAtAnswer([], { ACC: 2 })).toEqual([]);
    expect(skillsAtTimeout([], { ACC: -2 })).toEqual([]);
  });
});

describe('a skill over a call', () => {
  it('scores 100 for the best option at every decision where it was at stake, 0 for the worst', () => {
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'vague', close: 'recap' }));
    expect(score.skills.ACC?.score).toBe(100);
    expect(score.skills.CNF?.score).toBe(100);
    expect(score.skills.CON?.score).toBe(100);
    expect(score.skills.RES?.score).toBe(0);
    expect(score.skills.LAN?.score).toBe(0);
  });

  it('pools the decisions: Σ(earned − worst) / Σ(best − worst), so a wide-range decision weighs more than a narrow one', () => {
    // CNF at open: greet earns 1 of [0, 1]; at verify: leak earns -2 of [-2, 2]. (1 + 0) / (1 + 4) = 20.
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'leak', solve: 'facts', close: 'recap' }));
    expect(score.skills.CNF).toEqual({ score: 20, decisions: 2, bestChosen: 1, penalties: 0, earned: -1, best: 3, worst: -2 });
  });

  it('scores in between for an option between the best and the worst', () => {
    // solve: promise earns RES 1 of [-1, 2] → 2/3; LAN 0 of [-2, 1] → 2/3.
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'promise', close: 'bye' }));
    expect(score.skills.RES?.score).toBeCloseTo(66.667, 2);
    expect(score.skills.LAN?.score).toBeCloseTo(66.667, 2);
    // close: an option with no CON effect counts as 0 in [-1, 2] → 1/3.
    const shrug = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'facts', close: 'shrug' }));
    expect(shrug.skills.CON?.score).toBeCloseTo(33.333, 2);
  });

  it('does not punish a short path for being short: only the decisions met count', () => {
    const short = callLog().pickUp().hears('open').answers('open', 'greet').hears('close').answers('close', 'recap').ends('resolved');
    const score = scoreCall(scenario, short);
    expect(score.skills.ACC?.score).toBe(100);
    expect(score.skills.CON?.score).toBe(100);
    expect(score.overall).toBe(100);
  });

  it('gives no score (undefined, not 0) to a skill never at stake in the call', () => {
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'facts', close: 'recap' }));
    expect(score.skills.EMP).toBeUndefined();
    expect(score.skills.MAI).toBeUndefined();
    expect(Object.keys(score.skills)).toEqual(['ACC', 'LAN', 'RES', 'CNF', 'CON']);
  });

  it('counts only the options offered: a guarded option that was not offered raises no bar', () => {
    // verify with the mood too low for `warm`: EMP is not at stake and `check` is the best CNF answer.
    const cold = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'facts', close: 'recap' }));
    expect(cold.skills.EMP).toBeUndefined();
    expect(cold.skills.CNF?.score).toBe(100);
    // With `warm` offered, EMP is at stake and `check` misses it.
    const warm = callLog().pickUp().hears('verify').answers('verify', 'check', { offered: ['check', 'leak', 'warm'] }).ends('resolved');
    expect(scoreCall(scenario, warm).skills.EMP).toEqual({ score: 0, decisions: 1, bestChosen: 0, penalties: 0, earned: 0, best: 2, worst: 0 });
  });

  it('counts the evidence: decisions where the skill was at stake, and how many got the best effect on it', () => {
    const log = callLog()
      .pickUp()
      .hears('open').answers('open', 'blunt')
      .hears('close').answers('close', 'bye')
      .hears('close').answers('close', 'recap')
      .hears('close').answers('close', 'recap')
      .ends('resolved');
    const con = scoreCall(scenario, log).skills.CON;
    expect(con?.decisions).toBe(3);
    expect(con?.bestChosen).toBe(2);
    // CON: (-1+1) + (2+1) + (2+1) = 6 of 3 × 3 = 9.
    expect(con?.score).toBeCloseTo((100 * 6) / 9, 6);
  });

  it('scores a timeout with the timer’s effects and gives no credit on the other skills in play', () => {
    const log = callLog().pickUp().hears('open').waits('open', 'patience', 20_000, { text: '(silence)' }).ends('lost');
    const score = scoreCall(scenario, log);
    // ACC: the timer says -1, in [-2, 2] → 1/4. CNF (greet 1, blunt 0): no answer earns the worst, 0.
    expect(score.skills.ACC).toEqual({ score: 25, decisions: 1, bestChosen: 0, penalties: 0, earned: -1, best: 2, worst: -2 });
    expect(score.skills.CNF).toEqual({ score: 0, decisions: 1, bestChosen: 0, penalties: 0, earned: 0, best: 1, worst: 0 });
  });

  it('ignores what the scenario no longer has (a log from an older version) instead of failing', () => {
    const log = callLog().pickUp().hears('gone').answers('gone', 'x', { offered: ['x', 'y'] }).hears('close').answers('close', 'recap').ends('resolved');
    const score = scoreCall(scenario, log);
    expect(score.skills.CON?.score).toBe(100);
    expect(score.debrief[1]).toMatchObject({ kind: 'decision', stateId: 'gone', unmatched: true, skills: [] });
  });
});
