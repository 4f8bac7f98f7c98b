/**
 * Brings a stored call record to the current version, one numbered step at a time.
 * Version 1 is the first; each later version adds `MIGRATIONS[n]` (n → n+1), tested in
 * tests/unit/history-records.test.ts. A record from a newer app is left alone (not readable here,
 * never rewritten); a damaged record is reported, never deleted.
 */
import type { CallRecord } from './call-record';
import { CALL_RECORD_VERSION } from './call-record';
import { callRecordSchema } from './record-schemas';

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n record into version n+1. */
export const MIGRATIONS: Readonly<Record<number, (record: Raw) => Raw>> = {};

export type MigrationResult =
  | { ok: true; record: CallRecord; migrated: boolean }
  | { ok: false; reason: 'newer-version' | 'damaged'; detail: string };

export interface MigrationOptions {
  migrations?: Readonly<Record<number, (record: Raw) => Raw>>;
  current?: number;
  /** The current version's schema. */
  schema?: { safeParse(value: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: PropertyKey[]; code: string }[] } } };
}

export function migrateCallRecord(raw: unknown, options: MigrationOptions = {}): MigrationResult {
  const { migrations = MIGRATIONS, current = CALL_RECORD_VERSION, schema = callRecordSchema } = options;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'damaged', detail: 'not an object' };
  let record = raw as Raw;
  const start = record.v;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) return { ok: false, reason: 'damaged', detail: 'no schema version' };
  if (start > current) return { ok: false, reason: 'newer-version', detail: `version ${start}, this app reads up to ${current}` };
  for (let version = start; version < current; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'damaged', detail: `no migration from version ${version}` };
    record = { ...step(record), v: version + 1 };
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'damaged', detail: `${issue?.path.join('.') || 'record'}: ${issue?.code ?? 'invalid'}` };
  }
  return { ok: true, record: parsed.data as unknown as CallRecord, migrated: start !== current };
}

export interface RepairedHistory {
  records: CallRecord[];
  /** Records kept in storage but not readable by this version (newer app, or damaged). */
  unreadable: { id: string; reason: string }[];
  /** Records brought up to the current version (to write back). */
  migrated: CallRecord[];
}

/** Reads what storage returned: keeps what parses, lists what does not, never throws. */
export function repairHistory(raws: readonly unknown[]): RepairedHistory {
  const result: RepairedHistory = { records: [], unreadable: [], migrated: [] };
  for (const raw of raws) {
    const migrated = migrateCallRecord(raw);
    if (migrated.ok) {
      result.records.push(migrated.record);
      if (migrated.migrated) result.migrated.push(migrated.record);
    } else {
      const id = raw && typeof raw === 'object' && typeof (raw as Raw).id === 'string' ? ((raw as Raw).id as string) : '?';
      result.unreadable.push({ id, reason: `${migrated.reason}: ${migrated.detail}` });
    }
  }
  result.records.sort((a, b) => a.startedAt - b.startedAt);
  return result;
}
