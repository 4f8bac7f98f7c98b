/**
 * Scoring, the overall number: skills belong to QA scorecard sections (opening 10, listening 20,
 * resolution 25, relationship 20, compliance 15, closing 10); a section scores the pooled stakes of
 * its skills; the overall score is the weighted mean over the sections this call scored. The outcome
 * is reported with its valence but never changes the number.
 */
import { describe, expect, it } from 'vitest';
import { SECTION_WEIGHTS } from '../../src/core/scoring/norms';
import { scoreCall } from '../../src/core/scoring/score-call';
import { sectionScores } from '../../src/core/scoring/section-scores';
import { callLog, pathLog, scoringScenario } from '../factories/call-log-factory';

const scenario = scoringScenario();

describe('sections and the overall score', () => {
  it('weigh sections like QA scorecards', () => {
    expect(SECTION_WEIGHTS).toEqual({ opening: 10, listening: 20, resolution: 25, relationship: 20, compliance: 15, closing: 10 });
  });

  it('map each skill to its section and renormalise over the sections scored', () => {
    // ACC 100 (opening), CNF 100 (compliance), RES 0 (resolution), LAN 0 (relationship), CON 100 (closing).
    const score = scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'vague', close: 'recap' }));
    expect(Object.keys(score.sections).sort()).toEqual(['closing', 'compliance', 'opening', 'relationship', 'resolution']);
    expect(score.sections.resolution).toEqual({ score: 0, weight: 25, share: 25 / 80, skills: ['RES'] });
    expect(score.sections.opening?.share).toBe(10 / 80);
    expect(score.overall).toBeCloseTo((100 * (10 + 15 + 10)) / 80, 9);
  });

  it('pool the stakes of the skills in one section', () => {
    const sections = sectionScores({
      EMP: { score: 100, decisions: 1, bestChosen: 1, penalties: 0, earned: 2, best: 2, worst: -2 },
      MAI: { score: 0, decisions: 3, bestChosen: 0, penalties: 0, earned: -6, best: 6, worst: -6 },
    });
    // relationship: (4 + 0) / (4 + 12) = 25, not the mean of 100 and 0.
    expect(sections).toEqual({ relationship: { score: 25, weight: 20, share: 1, skills: ['EMP', 'MAI'] } });
  });

  it('leave out a section with no skill at stake instead of counting it as 0', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('close').answers('close', 'recap').ends('resolved'));
    expect(Object.keys(score.sections)).toEqual(['closing']);
    expect(score.sections.closing?.share).toBe(1);
    expect(score.overall).toBe(100);
  });

  it('score 0 with no section when nothing at all was at stake', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('wait').waits('wait', 'silence', 10_000).ends('resolved'));
    expect(score.sections).toEqual({});
    expect(score.overall).toBe(0);
  });
});

describe('the outcome', () => {
  it('is reported with its valence from the outcome table', () => {
    expect(scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'facts', close: 'recap' })).outcome).toEqual({ kind: 'resolved', reason: 'final', valence: 'good' });
    const lost = scoreCall(scenario, callLog().pickUp().hears('open').answers('open', 'greet').ends('lost', 'final', { stateId: 'lost', summary: 'Elle raccroche.' }));
    expect(lost.outcome).toEqual({ kind: 'lost', reason: 'final', stateId: 'lost', summary: 'Elle raccroche.', valence: 'bad' });
  });

  it('does not change the number: the same answers score the same whatever the ending', () => {
    const answers = () => callLog().pickUp().hears('open').answers('open', 'greet').hears('close').answers('close', 'bye');
    const good = scoreCall(scenario, answers().ends('resolved'));
    const bad = scoreCall(scenario, answers().ends('complaint'));
    expect(bad.overall).toBe(good.overall);
    expect(bad.outcome.valence).toBe('bad');
  });

  it('treats a log with no end as abandoned, scored as far as it goes', () => {
    const score = scoreCall(scenario, callLog().pickUp().hears('open').answers('open', 'greet').build());
    expect(score.outcome).toEqual({ kind: 'abandoned', reason: 'agent-hung-up', valence: 'bad' });
    expect(score.skills.ACC?.score).toBe(100);
    expect(score.timing.penalties).toEqual([]);
  });
});
