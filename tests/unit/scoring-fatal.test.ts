/**
 * Scoring, fatal criteria: choosing an option marked `fatal` (identity check skipped, false promise,
 * abusive reply) fails the call whatever else happened: overall 0, `failed: true`, and the reasons
 * name the decision, the kind and the option's words. The skill scores still stand.
 */
import { describe, expect, it } from 'vitest';
import { scoreCall } from '../../src/core/scoring/score-call';
import { callLog, pathLog, scoringScenario } from '../factories/call-log-factory';

const scenario = scoringScenario();

describe('fatal criteria', () => {
  it('fail the call on an identity breach, and say which decision and why', () => {
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'leak', solve: 'facts', close: 'recap' }));
    expect(score.failed).toBe(true);
    expect(score.overall).toBe(0);
    expect(score.fatal).toEqual([
      { kind: 'identity-breach', index: 2, stateId: 'verify', optionId: 'leak', text: 'Votre commande part jeudi, à l’adresse de Nantes.', feedback: 'Why: Votre commande part jeudi, à l’adresse de Nantes.' },
    ]);
    expect(score.debrief[2]).toMatchObject({ kind: 'decision', stateId: 'verify', chosen: { id: 'leak', fatal: 'identity-breach' } });
  });

  it('fail the call on a false promise, even when the option scores well on its skills', () => {
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'promise', close: 'recap' }));
    expect(score.failed).toBe(true);
    expect(score.fatal.map((f) => [f.kind, f.optionId])).toEqual([['false-promise', 'promise']]);
    expect(score.overall).toBe(0);
    expect(score.overallBeforeFatal).toBeGreaterThan(80);
  });

  it('fail the call on an abusive reply', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('tense').answers('tense', 'snap').ends('complaint'));
    expect(score.fatal.map((f) => f.kind)).toEqual(['abusive']);
    expect(score.failed).toBe(true);
  });

  it('list every fatal decision in call order', () => {
    const log = callLog()
      .pickUp()
      .hears('verify').answers('verify', 'leak')
      .hears('solve').answers('solve', 'promise')
      .hears('tense').answers('tense', 'snap')
      .ends('complaint');
    expect(scoreCall(scenario, log).fatal.map((f) => [f.index, f.kind])).toEqual([
      [1, 'identity-breach'],
      [2, 'false-promise'],
      [3, 'abusive'],
    ]);
  });

  it('keep the skill scores and the weighted score before the failure, so the debrief can still teach', () => {
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'leak', solve: 'facts', close: 'recap' }));
    expect(score.skills.CNF?.score).toBe(20);
    expect(score.skills.RES?.score).toBe(100);
    expect(score.overallBeforeFatal).toBeGreaterThan(0);
  });

  it('come only from an option chosen: a fatal option offered but not chosen, or a timeout, fails nothing', () => {
    expect(scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'facts', close: 'recap' })).failed).toBe(false);
    const silent = scoreCall(scenario, callLog().pickUp().hears('tense').waits('tense', 'shortPatience', 8_000).ends('lost'));
    expect(silent.failed).toBe(false);
    expect(silent.fatal).toEqual([]);
  });
});
