/**
 * Export everything to one JSON file and import it back (backup, moving to another computer).
 * An import is all or nothing: the file is checked completely first, and a bad or foreign file
 * explains what is wrong, with the JSON path, and changes nothing.
 */
import * as z from 'zod/mini';
import { describeIssues } from '../scenario/schema-issues';
import { formatJsonPath } from '../scenario/finding';
import type { CallRecord, SelfAssessmentRecord } from './call-record';
import { migrateCallRecord } from './record-migrations';
import { selfAssessmentSchema } from './record-schemas';

export const BACKUP_FORMAT = 'callcourt-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  calls: CallRecord[];
  selfAssessments: SelfAssessmentRecord[];
}

export function createBackup(calls: readonly CallRecord[], selfAssessments: readonly SelfAssessmentRecord[], exportedAt: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, calls: [...calls], selfAssessments: [...selfAssessments] };
}

const frame = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  calls: z.array(z.unknown()),
  selfAssessments: z.array(z.unknown()),
});

export type BackupParse = { ok: true; backup: Backup } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 10;

export function parseBackup(text: string): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not a JSON file (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (!json || typeof json !== 'object' || (json as Record<string, unknown>).format !== BACKUP_FORMAT) {
    return { ok: false, problems: ['not a CallCourt backup: "format" should be "callcourt-backup"'] };
  }
  const framed = frame.safeParse(json);
  if (!framed.success) {
    return { ok: false, problems: describeIssues(framed.error.issues, json).map((p) => `${formatJsonPath(p.path)}: ${p.message}`).slice(0, MAX_PROBLEMS) };
  }
  const problems: string[] = [];
  const calls: CallRecord[] = [];
  framed.data.calls.forEach((raw, index) => {
    const result = migrateCallRecord(raw);
    if (result.ok) calls.push(result.record);
    else problems.push(`${formatJsonPath(['calls', index])}: ${result.reason === 'newer-version' ? 'made by a newer version of CallCourt' : 'damaged'} (${result.detail})`);
  });
  const selfAssessments: SelfAssessmentRecord[] = [];
  framed.data.selfAssessments.forEach((raw, index) => {
    const result = selfAssessmentSchema.safeParse(raw);
    if (result.success) selfAssessments.push(result.data as SelfAssessmentRecord);
    else problems.push(...describeIssues(result.error.issues, raw, [], ['selfAssessments', index]).map((p) => `${formatJsonPath(p.path)}: ${p.message}`));
  });
  const ids = new Set<string>();
  calls.forEach((call, index) => {
    if (ids.has(call.id)) problems.push(`${formatJsonPath(['calls', index, 'id'])}: the call "${call.id}" appears twice`);
    ids.add(call.id);
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: framed.data.exportedAt, calls, selfAssessments } };
}

export interface MergePlan {
  /** Calls and assessments not on this device yet: the import adds them. */
  newCalls: CallRecord[];
  newSelfAssessments: SelfAssessmentRecord[];
  /** Already here (same id): left as they are. */
  skipped: number;
}

/** An import adds what is missing and never overwrites what is already on the device. */
export function planImport(backup: Backup, existingCallIds: ReadonlySet<string>, existingAssessmentIds: ReadonlySet<string>): MergePlan {
  const newCalls = backup.calls.filter((c) => !existingCallIds.has(c.id));
  const newSelfAssessments = backup.selfAssessments.filter((a) => !existingAssessmentIds.has(a.id));
  return { newCalls, newSelfAssessments, skipped: backup.calls.length - newCalls.length + backup.selfAssessments.length - newSelfAssessments.length };
}
