import { describe, expect, it } from 'vitest';
import { latestRatings } from '../../src/core/analytics/self-rating';
import { answeredRatings, newSelfAssessment } from '../../src/core/history/new-self-assessment';
import { selfAssessmentSchema } from '../../src/core/history/record-schemas';

describe('newSelfAssessment', () => {
  it('keeps only the skills the agent answered', () => {
    expect(newSelfAssessment('self-2', 5000, { ACC: 4, DEC: undefined, MAI: 2 })).toEqual({ id: 'self-2', at: 5000, ratings: { ACC: 4, MAI: 2 } });
  });

  it('gives a record the store accepts', () => {
    expect(selfAssessmentSchema.safeParse(newSelfAssessment('x', 1, { CNF: 5 })).success).toBe(true);
  });

  it('drops anything that is not a 1-5 rating', () => {
    expect(answeredRatings({ ACC: 0 as never, DEC: 6 as never, ECO: 2.5 as never, EMP: 3 })).toEqual({ EMP: 3 });
  });

  it('leaves earlier ratings of skipped skills in force', () => {
    const first = newSelfAssessment('a', 1, { ACC: 2, DEC: 3 });
    const second = newSelfAssessment('b', 2, { ACC: 4 });
    expect(latestRatings([first, second])).toEqual({ ACC: { rating: 4, at: 2 }, DEC: { rating: 3, at: 1 } });
  });
});
