/** Progress over time from the call history: calls played, streak, outcomes, each skill's score per call. */
import type { Valence } from '../scenario/outcomes';
import { SKILL_IDS, type SkillId } from '../skills/skills';
import type { CallRecord } from './call-record';
import { localDay } from '../time/local-day';

export interface SkillPoint {
  at: number;
  score: number;
  callId: string;
}

export interface Progress {
  played: number;
  interrupted: number;
  /** Consecutive days, up to today (or yesterday, if today has no call yet), with a finished call. */
  streak: number;
  /** Days with at least one finished call. */
  activeDays: number;
  outcomes: Record<Valence, number>;
  /** Each skill's score in each call that tested it, oldest first. */
  skills: Record<SkillId, SkillPoint[]>;
  /** Overall score per scored call, oldest first. */
  overall: { at: number; score: number; failed: boolean }[];
}

export function streakOf(days: ReadonlySet<number>, today: number): number {
  let day = days.has(today) ? today : today - 1;
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day--;
  }
  return streak;
}

export function progressOf(records: readonly CallRecord[], now: number, timeZone: string): Progress {
  const sorted = [...records].sort((a, b) => a.startedAt - b.startedAt);
  const complete = sorted.filter((r) => r.status === 'complete');
  const days = new Set(complete.map((r) => localDay(r.startedAt, timeZone)));
  const skills = Object.fromEntries(SKILL_IDS.map((id) => [id, [] as SkillPoint[]])) as Record<SkillId, SkillPoint[]>;
  const outcomes: Record<Valence, number> = { good: 0, mixed: 0, bad: 0 };
  const overall: Progress['overall'] = [];
  for (const record of complete) {
    const score = record.score;
    if (!score) continue;
    outcomes[score.outcome.valence]++;
    overall.push({ at: record.startedAt, score: score.overall, failed: score.failed });
    for (const id of SKILL_IDS) {
      const tally = score.skills[id];
      if (tally) skills[id].push({ at: record.startedAt, score: tally.score, callId: record.id });
    }
  }
  return {
    played: complete.length,
    interrupted: sorted.length - complete.length,
    streak: streakOf(days, localDay(now, timeZone)),
    activeDays: days.size,
    outcomes,
    skills,
    overall,
  };
}
