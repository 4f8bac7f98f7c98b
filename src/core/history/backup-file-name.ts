/** The name of an exported backup: callcourt-backup-YYYY-MM-DD.json, the agent's local date. */
import { isoDate } from '../time/iso-date';

export function backupFileName(now: number, timeZone: string): string {
  return `callcourt-backup-${isoDate(now, timeZone)}.json`;
}
