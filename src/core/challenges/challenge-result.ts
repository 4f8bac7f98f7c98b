/**
 * What an agent sends back after a challenge: per call the outcome, the score, the time, and the
 * skill tallies (for the team's skills map). Never their self-ratings or blind spots.
 * A checksum over the content and the challenge id makes a hand-edited result detectable; it is
 * tamper-evidence against edits, not a signature (the app has no server and no secret).
 */
import * as z from 'zod/mini';
import { fnv1a64 } from '../hash/fnv1a64';
import type { CallRecord } from '../history/call-record';
import { OUTCOME_KINDS } from '../scenario/outcomes';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalJson } from './canonical-json';
import { challengeId, type Challenge } from './challenge';

export const RESULT_VERSION = 1;
export const RESULT_CODE_PREFIX = 'CC1.';

/** [earned, best, worst, decisions]: the sums behind a skill score, poolable across agents. */
export type SkillSums = [number, number, number, number];

const sums = z.tuple([z.number(), z.number(), z.number(), z.int()]);

export const challengeCallSchema = z.strictObject({
  scenarioId: z.string(),
  outcome: z.enum(OUTCOME_KINDS),
  valence: z.enum(['good', 'mixed', 'bad']),
  score: z.int().check(z.minimum(0), z.maximum(100)),
  failed: z.boolean(),
  ms: z.int().check(z.minimum(0)),
  timedOut: z.boolean(),
  skills: z.partialRecord(z.enum(SKILL_IDS), sums),
});

export const challengeResultSchema = z.strictObject({
  v: z.literal(RESULT_VERSION),
  challengeId: z.string(),
  challengeName: z.string(),
  player: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  completedAt: z.number(),
  calls: z.array(challengeCallSchema),
  ms: z.int().check(z.minimum(0)),
  checksum: z.string(),
});

export type ChallengeCall = z.infer<typeof challengeCallSchema>;
export type ChallengeResult = z.infer<typeof challengeResultSchema>;

function checksumOf(result: Omit<ChallengeResult, 'checksum'>): string {
  return fnv1a64(`${result.challengeId}\n${canonicalJson(result)}`);
}

/** One played call of the challenge, from its stored record. `timedOut`: the per-call clock ran out. */
export function challengeCall(record: CallRecord, timedOut: boolean): ChallengeCall {
  const skills: Partial<Record<SkillId, SkillSums>> = {};
  for (const [skill, tally] of Object.entries(record.score?.skills ?? {})) {
    if (tally) skills[skill as SkillId] = [tally.earned, tally.best, tally.worst, tally.decisions];
  }
  return {
    scenarioId: record.scenarioId,
    outcome: record.score?.outcome.kind ?? 'abandoned',
    valence: record.score?.outcome.valence ?? 'bad',
    score: Math.round(record.score?.overall ?? 0),
    failed: record.score?.failed ?? false,
    ms: Math.max(0, Math.round(record.score?.durationMs ?? record.endedAt - record.startedAt)),
    timedOut,
    skills,
  };
}

export function sealResult(challenge: Challenge, player: string, calls: readonly ChallengeCall[], completedAt: number): ChallengeResult {
  const body: Omit<ChallengeResult, 'checksum'> = {
    v: RESULT_VERSION,
    challengeId: challengeId(challenge),
    challengeName: challenge.name,
    player: player.trim(),
    completedAt,
    calls: [...calls],
    ms: calls.reduce((total, call) => total + call.ms, 0),
  };
  return { ...body, checksum: checksumOf(body) };
}

export function resultCode(result: ChallengeResult): string {
  return RESULT_CODE_PREFIX + toBase64Url(canonicalJson(result));
}

export type ResultParse =
  | { ok: true; result: ChallengeResult }
  | { ok: false; reason: 'unreadable' | 'tampered'; detail: string; player?: string };

/** A result file's text or a pasted code: checked for shape, then for its checksum. */
export function parseResult(input: string): ResultParse {
  let text = input.trim();
  if (text.startsWith(RESULT_CODE_PREFIX)) {
    try {
      text = fromBase64Url(text.slice(RESULT_CODE_PREFIX.length));
    } catch {
      return { ok: false, reason: 'unreadable', detail: 'the code is damaged or incomplete' };
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'unreadable', detail: 'not a challenge result (neither a result file nor a code)' };
  }
  const parsed = challengeResultSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'unreadable', detail: `not a challenge result (${issue?.path.join('.') || 'root'}: ${issue?.code ?? 'invalid'})` };
  }
  const { checksum, ...body } = parsed.data;
  if (checksumOf(body) !== checksum) return { ok: false, reason: 'tampered', detail: 'the result was changed after it was made (checksum mismatch)', player: body.player };
  return { ok: true, result: parsed.data };
}
