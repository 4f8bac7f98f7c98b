/**
 * Stored records are parsed, never trusted: what comes back from IndexedDB or a backup file may be
 * from an older version, hand-edited or damaged. These schemas describe the current version.
 */
import * as z from 'zod/mini';
import { OUTCOME_KINDS } from '../scenario/outcomes';
import { FATAL_KINDS } from '../scenario/format-constants';
import { SKILL_IDS } from '../skills/skills';
import { CALL_RECORD_VERSION } from './call-record';

const rating = z.int().check(z.minimum(1), z.maximum(5));
const finite = z.number().check(z.refine(Number.isFinite, 'a finite number'));

const tally = z.looseObject({
  score: finite,
  decisions: z.int().check(z.minimum(0)),
  bestChosen: z.int().check(z.minimum(0)),
  penalties: z.int().check(z.minimum(0)),
  earned: finite,
  best: finite,
  worst: finite,
});

/** Events are kept as they were logged; only their common frame is checked here. */
const event = z.looseObject({ type: z.string(), at: finite });

export const scoreSummarySchema = z.looseObject({
  overall: finite,
  overallBeforeFatal: finite,
  failed: z.boolean(),
  fatal: z.array(z.enum(FATAL_KINDS)),
  outcome: z.looseObject({ kind: z.enum(OUTCOME_KINDS), valence: z.enum(['good', 'mixed', 'bad']) }),
  skills: z.partialRecord(z.enum(SKILL_IDS), tally),
  durationMs: finite,
});

export const callRecordSchema = z.looseObject({
  v: z.literal(CALL_RECORD_VERSION),
  id: z.string().check(z.minLength(1)),
  scenarioId: z.string().check(z.minLength(1)),
  scenarioTitle: z.string(),
  locale: z.string(),
  mode: z.enum(['practice', 'drill', 'challenge']),
  startedAt: finite,
  endedAt: finite,
  status: z.enum(['complete', 'interrupted']),
  log: z.array(event),
  score: z.optional(scoreSummarySchema),
  quickRating: z.optional(rating),
});

export const selfAssessmentSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  at: finite,
  ratings: z.partialRecord(z.enum(SKILL_IDS), rating),
});

export const liveCallSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  scenarioId: z.string(),
  scenarioTitle: z.string(),
  locale: z.string(),
  mode: z.enum(['practice', 'drill', 'challenge']),
  startedAt: finite,
  savedAt: finite,
  log: z.array(event),
});
