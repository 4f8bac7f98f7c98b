/** The history as the drill planner reads it: which call, which day, which skills it put at stake. */
import type { CallRecord } from '../history/call-record';
import { localDay } from '../time/local-day';
import type { SkillId } from '../skills/skills';
import type { PlayedCall } from './plan-drill';

export function playedCalls(records: readonly CallRecord[], timeZone: string): PlayedCall[] {
  return records.flatMap((record) =>
    record.status === 'complete'
      ? [{ scenarioId: record.scenarioId, day: localDay(record.startedAt, timeZone), skills: Object.keys(record.score?.skills ?? {}) as SkillId[] }]
      : [],
  );
}
