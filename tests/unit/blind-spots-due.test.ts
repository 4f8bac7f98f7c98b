/** When to ask for a self-assessment: the first time, then again 7 days after the last one. */
import { describe, expect, it } from 'vitest';
import { selfAssessmentDue } from '../../src/core/analytics/self-assessment-due';
import { SELF_ASSESSMENT_INTERVAL_MS } from '../../src/core/scoring/norms';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 23);

describe('selfAssessmentDue', () => {
  it('is due the first time', () => {
    expect(selfAssessmentDue([], T0)).toBe(true);
  });

  it('is not due again within 7 days of the last assessment, and due from day 7', () => {
    expect(SELF_ASSESSMENT_INTERVAL_MS).toBe(7 * DAY);
    const history = [{ at: T0, ratings: { ATT: 4 as const } }];
    expect(selfAssessmentDue(history, T0 + 7 * DAY - 1)).toBe(false);
    expect(selfAssessmentDue(history, T0 + 7 * DAY)).toBe(true);
  });

  it('counts from the latest assessment, whatever the order of the history', () => {
    const history = [{ at: T0 + 5 * DAY, ratings: {} }, { at: T0, ratings: {} }];
    expect(selfAssessmentDue(history, T0 + 8 * DAY)).toBe(false);
  });

  it('takes another interval as an option', () => {
    expect(selfAssessmentDue([{ at: T0, ratings: {} }], T0 + 2 * DAY, 2 * DAY)).toBe(true);
  });
});
