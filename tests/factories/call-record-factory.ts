/** Call records and self-assessments as the device stores them, for tests. */
import { CALL_RECORD_VERSION, type CallRecord, type SelfAssessmentRecord } from '../../src/core/history/call-record';
import type { SkillTally } from '../../src/core/scoring/score-types';

export function fakeTally(score: number, decisions = 2): SkillTally {
  return { score, decisions, bestChosen: Math.round((decisions * score) / 100), penalties: 0, earned: score / 50, best: 2, worst: 0 };
}

export function fakeCallRecord(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    v: CALL_RECORD_VERSION,
    id: 'call-1',
    scenarioId: 's1-commande',
    scenarioTitle: 'Où en est ma commande ?',
    locale: 'fr-FR',
    mode: 'practice',
    startedAt: Date.UTC(2026, 10, 20, 9, 0),
    endedAt: Date.UTC(2026, 10, 20, 9, 4),
    status: 'complete',
    log: [{ type: 'ring', at: 0 }, { type: 'pickup', at: 2000, ringMs: 2000 }],
    score: {
      overall: 72,
      overallBeforeFatal: 72,
      failed: false,
      fatal: [],
      outcome: { kind: 'resolved', valence: 'good' },
      skills: { ACC: fakeTally(100), CNF: fakeTally(50) },
      durationMs: 240_000,
    },
    ...overrides,
  };
}

export function fakeSelfAssessment(overrides: Partial<SelfAssessmentRecord> = {}): SelfAssessmentRecord {
  return { id: 'self-1', at: Date.UTC(2026, 10, 19, 8, 0), ratings: { ACC: 5, CNF: 4 }, ...overrides };
}
