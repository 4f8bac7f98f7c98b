/** The name of an exported backup: callcourt-backup-YYYY-MM-DD.json, the agent's local date. */
import { isoDate } from './calendar-date';

export function backupFileName(now: number, offsetMinutes: number): string {
  return `callcourt-backup-${isoDate(now, offsetMinutes)}.json`;
}
