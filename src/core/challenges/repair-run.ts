/**
 * A stored challenge run, checked field by field before the app trusts it: anything malformed
 * gives undefined (the run is dropped). Plain checks rather than the zod schemas, so the store,
 * which loads with the first screen, does not pull the schema library into that bundle.
 */
import { OUTCOME_KINDS } from '../scenario/outcomes';
import { SKILL_IDS } from '../skills/skills';
import type { ChallengeCall } from './challenge-result';
import type { ChallengeRun } from './challenge-run';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isSums(value: unknown): boolean {
  return Array.isArray(value) && value.length === 4 && value.every(isTime) && Number.isInteger(value[3]);
}

function isCall(value: unknown): value is ChallengeCall {
  if (!isObject(value)) return false;
  const { scenarioId, outcome, valence, score, failed, ms, timedOut, skills } = value;
  return (
    typeof scenarioId === 'string' &&
    (OUTCOME_KINDS as readonly unknown[]).includes(outcome) &&
    (valence === 'good' || valence === 'mixed' || valence === 'bad') &&
    isCount(score) &&
    (score as number) <= 100 &&
    typeof failed === 'boolean' &&
    isCount(ms) &&
    typeof timedOut === 'boolean' &&
    isObject(skills) &&
    Object.entries(skills).every(([skill, sums]) => (SKILL_IDS as readonly string[]).includes(skill) && isSums(sums))
  );
}

export function repairRun(value: unknown): ChallengeRun | undefined {
  if (!isObject(value)) return undefined;
  const { challengeId, player, startedAt, calls, current, lostMs, finishedAt } = value;
  if (typeof challengeId !== 'string' || typeof player !== 'string' || !isTime(startedAt) || !isCount(lostMs)) return undefined;
  const name = player.trim();
  if (name.length === 0 || name.length > 60) return undefined;
  if (!Array.isArray(calls) || !calls.every(isCall)) return undefined;
  if (finishedAt !== undefined && !isTime(finishedAt)) return undefined;
  let call: ChallengeRun['current'];
  if (current !== undefined) {
    if (!isObject(current) || !isCount(current.index) || !isTime(current.startedAt) || !isCount(current.limitMs)) return undefined;
    call = { index: current.index, startedAt: current.startedAt, limitMs: current.limitMs };
  }
  return {
    challengeId,
    player: name,
    startedAt,
    // Known fields only: a result with anything more would not pass the board's strict check.
    calls: calls.map(({ scenarioId, outcome, valence, score, failed, ms, timedOut, skills }) => ({ scenarioId, outcome, valence, score, failed, ms, timedOut, skills: { ...skills } })),
    ...(call ? { current: call } : {}),
    lostMs,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
  };
}
