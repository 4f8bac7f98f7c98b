/**
 * Scoring, the debrief: every point is explained. The debrief lists the pick-up, each decision met
 * in order (state, the customer's line as heard, what the agent chose or the timeout, the response
 * time and reading allowance, the best option with its feedback, the chosen option's feedback, the
 * effect on each skill against the best and worst on offer, time penalties), and the end.
 */
import { describe, expect, it } from 'vitest';
import { startCall } from '../../src/core/engine/call-engine';
import { ManualClock } from '../../src/core/engine/manual-clock';
import { penaltyText, seconds, warningText } from '../../src/core/scoring/penalty-text';
import { scoreCall } from '../../src/core/scoring/score-call';
import type { DecisionItem, TimeoutItem } from '../../src/core/scoring/score-types';
import { callLog, scoringScenario } from '../factories/call-log-factory';
import { fakeScenarioFile, parseOrThrow } from '../factories/scenario-factory';

const scenario = scoringScenario();

describe('the debrief', () => {
  it('lists the pick-up, each decision met and the end, in call order', () => {
    const log = callLog()
      .pickUp(4_000)
      .hears('open').answers('open', 'blunt')
      .hears('verify').answers('verify', 'check')
      .hears('close').answers('close', 'recap')
      .ends('resolved');
    expect(scoreCall(scenario, log).debrief.map((item) => [item.index, item.kind, 'stateId' in item ? item.stateId : undefined])).toEqual([
      [0, 'pickup', undefined],
      [1, 'decision', 'open'],
      [2, 'decision', 'verify'],
      [3, 'decision', 'close'],
      [4, 'end', undefined],
    ]);
  });

  it('explains a decision: the line heard, the choice and its feedback, the better option and why, each skill against the best', () => {
    const log = callLog().pickUp().hears('open', 'Bonjour, ma commande ?', 0).answers('open', 'blunt', { afterMs: 3_500 }).ends('resolved');
    const item = scoreCall(scenario, log).debrief[1] as DecisionItem;
    const greet = { id: 'greet', text: 'Bonjour, Julien, ADV. Votre numéro client ?', feedback: 'Why: Bonjour, Julien, ADV. Votre numéro client ?', effects: { ACC: 2, CNF: 1 } };
    const blunt = { id: 'blunt', text: "C'est pour quoi ?", feedback: "Why: C'est pour quoi ?", effects: { ACC: -2 } };
    expect(item).toEqual({
      kind: 'decision',
      index: 1,
      at: 6_500,
      stateId: 'open',
      stateTitle: 'Prise d’appel',
      line: 'Bonjour, ma commande ?',
      responseMs: 3_500,
      allowanceMs: 2_000 + 60 * ('Bonjour, ma commande ?'.length + greet.text.length + blunt.text.length),
      offered: [greet, blunt],
      bestOption: greet,
      chosen: blunt,
      chosenIsBest: false,
      skills: [
        { skill: 'ACC', earned: -2, best: 2, worst: -2, bestChosen: false },
        { skill: 'CNF', earned: 0, best: 1, worst: 0, bestChosen: false },
      ],
      penalties: [],
      warnings: [],
    });
  });

  it('picks as the better option the highest sum of effects, the first in display order on a tie', () => {
    const item = scoreCall(scenario, callLog().pickUp().hears('verify').answers('verify', 'warm', { offered: ['check', 'leak', 'warm'] }).ends('resolved')).debrief[1] as DecisionItem;
    expect(item.bestOption?.id).toBe('warm');
    expect(item.chosenIsBest).toBe(true);
    const tie = parseOrThrow(
      fakeScenarioFile({
        states: {
          greet: {
            meta: { line: { text: 'Allô ?' } },
            on: {
              a: { target: 'end', meta: { option: { text: 'A', effects: { ACC: 1, CNF: 1 }, feedback: 'a' } } },
              b: { target: 'end', meta: { option: { text: 'B', effects: { ACC: 2 }, feedback: 'b' } } },
            },
          },
          end: { type: 'final', meta: { outcome: { kind: 'resolved', summary: 'ok' } } },
        },
      }),
    );
    const tied = scoreCall(tie, callLog().pickUp().hears('greet').answers('greet', 'b', { offered: ['a', 'b'] }).ends('resolved')).debrief[1] as DecisionItem;
    expect(tied.bestOption?.id).toBe('a');
    expect(tied.chosenIsBest).toBe(true);
  });

  it('explains a timeout: the delay, the transcript text, the coach’s words, the timer’s effects and the penalty', () => {
    const item = scoreCall(scenario, callLog().pickUp().hears('open').waits('open', 'patience', 20_000, { text: '(silence)' }).ends('lost')).debrief[1] as TimeoutItem;
    expect(item).toMatchObject({
      kind: 'timeout',
      stateId: 'open',
      delay: 'patience',
      text: '(silence)',
      feedback: 'Vingt secondes sans rien.',
      effects: { ACC: -1 },
      responseMs: 20_000,
      bestOption: { id: 'greet' },
      skills: [
        { skill: 'ACC', earned: -1, best: 2, worst: -2, bestChosen: false },
        { skill: 'CNF', earned: 0, best: 1, worst: 0, bestChosen: false },
      ],
      penalties: [{ rule: 'timeout', skill: 'ATT', points: 2, actualMs: 20_000, delay: 'patience' }],
    });
  });

  it('attaches each penalty to the moment it happened: pick-up, decision or end', () => {
    const log = callLog().pickUp(16_000).hears('close', 'Bon.', -2).answers('close', 'bye', { afterMs: 60_000 }).ends('abandoned', 'agent-hung-up');
    const debrief = scoreCall(scenario, log).debrief;
    expect(debrief.map((item) => item.penalties.map((p) => p.rule))).toEqual([['slow-pickup'], ['hesitation', 'dead-air'], ['agent-hung-up']]);
  });

  it('shows the line the customer actually said (the mood variant) when the log comes from the engine', () => {
    const clock = new ManualClock();
    const file = parseOrThrow(fakeScenarioFile());
    const call = startCall(file, { clock, speakingMs: () => 0 });
    call.pickUp();
    clock.advance(2_000);
    call.choose('opt.rude');
    clock.advance(3_000);
    call.choose('opt.check');
    const score = scoreCall(file, call.getView().log);
    const verify = score.debrief[2] as DecisionItem;
    expect(verify.line).toBe('Bon, vous vous réveillez ?');
    expect(verify.offered.map((o) => o.id)).toEqual(['opt.check', 'opt.skip']);
    expect(verify.responseMs).toBe(3_000);
    expect(score.outcome.kind).toBe('resolved');
    expect(score.skills.ACC?.score).toBe(0);
    expect(score.skills.CNF?.score).toBe(100);
  });
});

describe('penalties in plain words', () => {
  it('say what happened, the limit and the cost, in French and English', () => {
    expect(penaltyText({ rule: 'slow-pickup', skill: 'ACC', points: 1, actualMs: 12_000, limitMs: 10_000 })).toEqual({
      fr: "Décroché après 12 s : la norme est avant la 3e sonnerie (10 s) (−1 sur 2 en prise d'appel).",
      en: 'Picked up after 12 s: the norm is before the 3rd ring (10 s) (−1 of 2 on call opening).',
    });
    expect(penaltyText({ rule: 'dead-air', skill: 'ATT', points: 2, actualMs: 12_500, limitMs: 10_000 }).fr).toBe(
      '12,5 s de silence inexpliqué après le temps de lecture ; pénalité dès 10 s (−2 sur 2 en mise en attente & silences).',
    );
    expect(penaltyText({ rule: 'timeout', skill: 'ATT', points: 2, actualMs: 20_000, delay: 'patience' }).en).toBe(
      'No answer in 20 s: the customer would not wait any longer (−2 of 2 on hold & dead-air control).',
    );
    expect(penaltyText({ rule: 'agent-hung-up', skill: 'CON', points: 2 }).en).toContain('let the caller hang up first');
    expect(penaltyText({ rule: 'hesitation', skill: 'MAI', points: 1, actualMs: 9_000, limitMs: 7_400 }).en).toBe(
      'Answered after 9 s, past the reading time (7.4 s), with a tense or hurried customer (−1 of 2 on composure & resilience).',
    );
    expect(penaltyText({ rule: 'unanswered', skill: 'ACC', points: 2, actualMs: 30_000 }).fr).toBe(
      "Personne n'a décroché : le téléphone a sonné 30 s (−2 sur 2 en prise d'appel).",
    );
    expect(warningText({ rule: 'dead-air-warning', actualMs: 6_000, limitMs: 5_000 }).en).toBe(
      '6 s of silence past the reading time: say what you are doing (a warning from 5 s, no points lost).',
    );
  });

  it('write seconds with at most one decimal, with a decimal comma in French', () => {
    expect(seconds(7_440, 'fr')).toBe('7,4 s');
    expect(seconds(7_440, 'en')).toBe('7.4 s');
    expect(seconds(10_000, 'fr')).toBe('10 s');
  });
});
