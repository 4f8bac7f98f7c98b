/**
 * The call history on the device: IndexedDB through `idb`. Stores, by database version:
 *  - 1: calls (CallRecord by id), selfAssessments (by id), live (the call under way, key "current");
 *  - 2: recordings ("hear yourself" answers by id, indexed by call).
 * The upgrade runs each version's step in order, so a device on any older version catches up.
 * Everything read back goes through the core's repair step; a record this version cannot read is
 * left in place untouched and counted, never deleted. Writes that belong together share one
 * transaction (ending a call: save it and clear the live copy; an import: all or nothing).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { createBackup, planImport, type Backup, type MergePlan } from '../../core/history/backup';
import { interruptedRecord, type CallRecord, type LiveCall, type SelfAssessmentRecord } from '../../core/history/call-record';
import { repairHistory, type RepairedHistory } from '../../core/history/record-migrations';
import { liveCallSchema, selfAssessmentSchema } from '../../core/history/record-schemas';

export const DB_NAME = 'callcourt';
export const DB_VERSION = 2;
const LIVE_KEY = 'current';

/** One answer said out loud: `decision` is its place among the call's decisions (0 for the first). */
export interface StoredRecording {
  id: string;
  callId: string;
  decision: number;
  mimeType: string;
  durationMs: number;
  blob: Blob;
}

interface HistorySchema extends DBSchema {
  calls: { key: string; value: unknown };
  selfAssessments: { key: string; value: unknown };
  live: { key: string; value: unknown };
  recordings: { key: string; value: StoredRecording; indexes: { byCall: string } };
}

export interface HistoryStore {
  listCalls(): Promise<RepairedHistory>;
  saveCall(record: CallRecord): Promise<void>;
  /** Saves the finished call and forgets its live copy, together. */
  finishCall(record: CallRecord): Promise<void>;
  listSelfAssessments(): Promise<SelfAssessmentRecord[]>;
  saveSelfAssessment(record: SelfAssessmentRecord): Promise<void>;
  saveLive(live: LiveCall): Promise<void>;
  /** The live copy of the call under way, if any (read-only). */
  peekLive(): Promise<LiveCall | undefined>;
  /** A live call left by an earlier page (reload, crash): recorded as interrupted and returned. */
  recoverInterrupted(): Promise<CallRecord | undefined>;
  exportBackup(now: number): Promise<Backup>;
  importBackup(backup: Backup): Promise<MergePlan>;
  saveRecording(recording: StoredRecording): Promise<void>;
  recordingsOf(callId: string): Promise<StoredRecording[]>;
  /** Deletes the recordings of one call, or all of them; returns how many. */
  deleteRecordings(callId?: string): Promise<number>;
  close(): void;
}

/** Opens (and creates or upgrades) the database, one version step after the other. */
export async function openHistory(): Promise<HistoryStore> {
  const db: IDBPDatabase<HistorySchema> = await openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      // Version by version, never skipping one: a device on any older version catches up.
      if (oldVersion < 1) {
        database.createObjectStore('calls', { keyPath: 'id' });
        database.createObjectStore('selfAssessments', { keyPath: 'id' });
        database.createObjectStore('live');
      }
      if (oldVersion < 2) {
        database.createObjectStore('recordings', { keyPath: 'id' }).createIndex('byCall', 'callId');
      }
    },
  });

  const listCalls = async () => {
    const history = repairHistory(await db.getAll('calls'));
    if (history.migrated.length > 0) {
      const tx = db.transaction('calls', 'readwrite');
      await Promise.all([...history.migrated.map((r) => tx.store.put(r)), tx.done]);
    }
    return history;
  };

  const listSelfAssessments = async () =>
    (await db.getAll('selfAssessments'))
      .flatMap((raw) => {
        const parsed = selfAssessmentSchema.safeParse(raw);
        return parsed.success ? [parsed.data as SelfAssessmentRecord] : [];
      })
      .sort((a, b) => a.at - b.at);

  return {
    listCalls,
    async saveCall(record) {
      await db.put('calls', record);
    },
    async finishCall(record) {
      const tx = db.transaction(['calls', 'live'], 'readwrite');
      await Promise.all([tx.objectStore('calls').put(record), tx.objectStore('live').delete(LIVE_KEY), tx.done]);
    },
    listSelfAssessments,
    async saveSelfAssessment(record) {
      await db.put('selfAssessments', record);
    },
    async saveLive(live) {
      await db.put('live', live, LIVE_KEY);
    },
    async peekLive() {
      const parsed = liveCallSchema.safeParse(await db.get('live', LIVE_KEY));
      return parsed.success ? (parsed.data as LiveCall) : undefined;
    },
    async recoverInterrupted() {
      const tx = db.transaction(['calls', 'live'], 'readwrite');
      const raw = await tx.objectStore('live').get(LIVE_KEY);
      const parsed = raw === undefined ? undefined : liveCallSchema.safeParse(raw);
      if (!parsed?.success) {
        await tx.done;
        return undefined;
      }
      const record = interruptedRecord(parsed.data as LiveCall);
      const existing = await tx.objectStore('calls').get(record.id);
      if (existing === undefined) await tx.objectStore('calls').put(record);
      await tx.objectStore('live').delete(LIVE_KEY);
      await tx.done;
      return existing === undefined ? record : undefined;
    },
    async exportBackup(now) {
      const [calls, selfAssessments] = await Promise.all([listCalls(), listSelfAssessments()]);
      return createBackup(calls.records, selfAssessments, now);
    },
    async importBackup(backup) {
      const tx = db.transaction(['calls', 'selfAssessments'], 'readwrite');
      const [callIds, assessmentIds] = await Promise.all([tx.objectStore('calls').getAllKeys(), tx.objectStore('selfAssessments').getAllKeys()]);
      const plan = planImport(backup, new Set(callIds), new Set(assessmentIds));
      await Promise.all([
        ...plan.newCalls.map((c) => tx.objectStore('calls').put(c)),
        ...plan.newSelfAssessments.map((a) => tx.objectStore('selfAssessments').put(a)),
        tx.done,
      ]);
      return plan;
    },
    async saveRecording(recording) {
      await db.put('recordings', recording);
    },
    async recordingsOf(callId) {
      return (await db.getAllFromIndex('recordings', 'byCall', callId)).sort((a, b) => a.decision - b.decision);
    },
    async deleteRecordings(callId) {
      const tx = db.transaction('recordings', 'readwrite');
      const keys = callId === undefined ? await tx.store.getAllKeys() : await tx.store.index('byCall').getAllKeys(callId);
      await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
      return keys.length;
    },
    close: () => db.close(),
  };
}
