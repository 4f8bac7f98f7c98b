/**
 * Blind spots: for each skill, the agent's latest self-rating (1-5 mapped to 10, 30, 50, 70, 90: the middle of the fifth each rating names)
 * against the level measured over their recent calls. A gap (self − measured) beyond the noise band
 * (20 points) with at least 4 scored decisions is a blind spot (self above) or a hidden strength
 * (self below); within the band the two agree; with less evidence we say so instead of guessing.
 */
import { describe, expect, it } from 'vitest';
import { detectBlindSpots, type SkillInsight } from '../../src/core/analytics/detect-blind-spots';
import { measureSkills, recentCalls } from '../../src/core/analytics/measure-skills';
import { latestRatings, ratingToScore, type SelfAssessment } from '../../src/core/analytics/self-rating';
import { MIN_EVIDENCE, NOISE_BAND, RECENT_CALLS } from '../../src/core/scoring/norms';
import { scoreCall } from '../../src/core/scoring/score-call';
import type { SkillId } from '../../src/core/skills/skills';
import { fakeScoredCall, fakeTally, pathLog, scoringScenario } from '../factories/call-log-factory';

const DAY = 24 * 60 * 60 * 1000;
const rated = (ratings: SelfAssessment['ratings'], at = 0): SelfAssessment => ({ at, ratings });
const insight = (insights: SkillInsight[], skill: SkillId) => insights.find((i) => i.skill === skill);

describe('self-ratings', () => {
  it('map 1-5 onto the 0-100 scale of measured scores, each at the middle of its fifth', () => {
    expect([1, 2, 3, 4, 5].map((r) => ratingToScore(r as 1 | 2 | 3 | 4 | 5))).toEqual([10, 30, 50, 70, 90]);
  });

  it('use the latest rating of each skill; a later partial assessment keeps the older ratings of skills it skipped', () => {
    const history = [rated({ ATT: 5, CNF: 4 }, 2 * DAY), rated({ ATT: 2, CNF: 2 }, 1 * DAY), rated({ ATT: 3 }, 3 * DAY)];
    expect(latestRatings(history)).toEqual({ ATT: { rating: 3, at: 3 * DAY }, CNF: { rating: 4, at: 2 * DAY } });
  });
});

describe('the measured level', () => {
  it('pools the recent calls by evidence, Σ(earned − worst) / Σ(best − worst), not a mean of call scores', () => {
    const calls = [fakeScoredCall(1, { ATT: fakeTally(1, 1, 100) }), fakeScoredCall(2, { ATT: fakeTally(3, 0, 0) })];
    expect(measureSkills(calls).ATT).toEqual({ score: 25, decisions: 4, bestChosen: 1, penalties: 0, calls: 2 });
  });

  it('has no score for a skill no call put at stake', () => {
    expect(measureSkills([fakeScoredCall(1, { ATT: fakeTally(2, 1, 50) })]).EMP).toEqual({ score: undefined, decisions: 0, bestChosen: 0, penalties: 0, calls: 0 });
  });

  it('reads only the most recent calls (15 by default), whatever their order', () => {
    expect(RECENT_CALLS).toBe(15);
    const calls = Array.from({ length: 20 }, (_, i) => fakeScoredCall(i * DAY, {}));
    const recent = recentCalls([...calls].reverse());
    expect(recent).toHaveLength(15);
    expect(recent.map((c) => c.at / DAY)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
  });

  it('so old calls no longer count once the agent has improved', () => {
    const old = Array.from({ length: 5 }, (_, i) => fakeScoredCall(i, { ATT: fakeTally(2, 0, 0) }));
    const recent = Array.from({ length: 3 }, (_, i) => fakeScoredCall(10 + i, { ATT: fakeTally(2, 2, 100) }));
    const input = { selfRatings: [rated({ ATT: 5 })], calls: [...old, ...recent] };
    expect(insight(detectBlindSpots(input), 'ATT')?.status).toBe('blind-spot');
    expect(insight(detectBlindSpots({ ...input, options: { recentCalls: 3 } }), 'ATT')).toMatchObject({ status: 'aligned', measured: 100 });
  });
});

describe('detectBlindSpots', () => {
  const withAtt = (rating: 1 | 2 | 3 | 4 | 5, tally: ReturnType<typeof fakeTally>, options = {}) =>
    insight(detectBlindSpots({ selfRatings: [rated({ ATT: rating }, 5)], calls: [fakeScoredCall(10, { ATT: tally })], options }), 'ATT');

  it('returns one insight per skill, in skill order', () => {
    const insights = detectBlindSpots({ selfRatings: [], calls: [] });
    expect(insights.map((i) => i.skill)).toEqual(['ACC', 'DEC', 'ECO', 'EMP', 'LAN', 'ATT', 'TRF', 'RES', 'REC', 'CNF', 'CON', 'MAI']);
  });

  it('flags a blind spot when the self-rating is more than 20 points above the measured level, with the numbers behind it', () => {
    expect(NOISE_BAND).toBe(20);
    expect(withAtt(5, fakeTally(9, 2, 31))).toEqual({
      skill: 'ATT',
      status: 'blind-spot',
      messageKey: 'blind-spot',
      selfRating: 5,
      ratedAt: 5,
      selfScore: 90,
      measured: 31,
      gap: 59,
      evidence: 9,
      bestChosen: 2,
      calls: 1,
      minEvidence: 4,
    });
  });

  it('keeps a gap of exactly 20 within the noise band: aligned', () => {
    expect(withAtt(5, fakeTally(5, 3, 70))).toMatchObject({ status: 'aligned', gap: 20 });
    expect(withAtt(5, fakeTally(5, 3, 69.9))?.status).toBe('blind-spot');
    expect(withAtt(4, fakeTally(5, 2, 50))).toMatchObject({ status: 'aligned', gap: 20 });
    expect(withAtt(4, fakeTally(5, 2, 49))?.status).toBe('blind-spot');
  });

  it('flags a hidden strength when the self-rating is more than 20 points below', () => {
    expect(withAtt(2, fakeTally(6, 3, 50))).toMatchObject({ status: 'aligned', gap: -20 });
    expect(withAtt(2, fakeTally(6, 3, 51))).toMatchObject({ status: 'hidden-strength', messageKey: 'hidden-strength', gap: -21 });
    expect(withAtt(1, fakeTally(6, 6, 100))).toMatchObject({ status: 'hidden-strength', gap: -90 });
  });

  it('says "not enough evidence" below 4 scored decisions, however large the gap', () => {
    expect(MIN_EVIDENCE).toBe(4);
    expect(withAtt(5, fakeTally(3, 0, 0))).toMatchObject({ status: 'not-enough-evidence', messageKey: 'too-little-evidence', measured: 0, gap: 90, evidence: 3 });
    expect(withAtt(5, fakeTally(4, 0, 0))?.status).toBe('blind-spot');
  });

  it('counts decisions as evidence, not time penalties', () => {
    const penaltiesOnly = { score: 0, decisions: 0, bestChosen: 0, penalties: 5, earned: -10, best: 0, worst: -10 };
    expect(withAtt(5, penaltiesOnly)).toMatchObject({ status: 'not-enough-evidence', messageKey: 'no-evidence', measured: 0, evidence: 0 });
  });

  it('says when no call has tested a rated skill yet', () => {
    const none = insight(detectBlindSpots({ selfRatings: [rated({ TRF: 4 })], calls: [] }), 'TRF');
    expect(none).toEqual({ skill: 'TRF', status: 'not-enough-evidence', messageKey: 'no-evidence', selfRating: 4, ratedAt: 0, selfScore: 70, evidence: 0, bestChosen: 0, calls: 0, minEvidence: 4 });
  });

  it('reports the measure without a verdict for a skill the agent has not rated', () => {
    const insights = detectBlindSpots({ selfRatings: [rated({ CNF: 3 })], calls: [fakeScoredCall(1, { ATT: fakeTally(9, 2, 31) })] });
    expect(insight(insights, 'ATT')).toEqual({ skill: 'ATT', status: 'not-rated', messageKey: 'not-rated', measured: 31, evidence: 9, bestChosen: 2, calls: 1, minEvidence: 4 });
    expect(insight(insights, 'EMP')).toMatchObject({ status: 'not-rated', messageKey: 'not-rated-no-evidence' });
  });

  it('takes the noise band, the evidence threshold and the window as options', () => {
    expect(withAtt(5, fakeTally(5, 3, 70), { noiseBand: 10 })?.status).toBe('blind-spot');
    expect(withAtt(5, fakeTally(2, 0, 0), { minEvidence: 2 })?.status).toBe('blind-spot');
    expect(withAtt(5, fakeTally(2, 0, 0), { minEvidence: 2 })?.minEvidence).toBe(2);
  });

  it('reads scores straight from scoreCall', () => {
    const scenario = scoringScenario();
    const calls = [1, 2, 3, 4].map((day) => ({ at: day * DAY, scenarioId: scenario.id, skills: scoreCall(scenario, pathLog({ open: 'greet', verify: 'check', solve: 'vague', close: 'recap' })).skills }));
    const insights = detectBlindSpots({ selfRatings: [rated({ RES: 5, CNF: 5, CON: 2 })], calls });
    expect(insight(insights, 'RES')).toMatchObject({ status: 'blind-spot', measured: 0, evidence: 4, bestChosen: 0 });
    expect(insight(insights, 'CNF')).toMatchObject({ status: 'aligned', measured: 100, evidence: 8 });
    expect(insight(insights, 'CON')).toMatchObject({ status: 'hidden-strength', measured: 100, evidence: 4, bestChosen: 4 });
  });
});
