/** The history as the drill planner reads it: which call, which day, which skills it put at stake. */
import type { CallRecord } from '../history/call-record';
import { dayIndex } from '../history/calendar-day';
import type { SkillId } from '../skills/skills';
import type { PlayedCall } from './plan-drill';

export function playedCalls(records: readonly CallRecord[], offsetMinutes: number): PlayedCall[] {
  return records.flatMap((record) =>
    record.status === 'complete'
      ? [{ scenarioId: record.scenarioId, day: dayIndex(record.startedAt, offsetMinutes), skills: Object.keys(record.score?.skills ?? {}) as SkillId[] }]
      : [],
  );
}
