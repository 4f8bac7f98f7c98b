import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openHistory, type HistoryStore } from '../../src/adapters/storage/history-db';
import { createBackup } from '../../src/core/history/backup';
import { fakeCallRecord, fakeSelfAssessment } from '../factories/call-record-factory';

let store: HistoryStore;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  store = await openHistory();
});
afterEach(() => store.close());

const live = { id: 'live-1', scenarioId: 's1-commande', scenarioTitle: 'Commande', locale: 'fr-FR', mode: 'practice' as const, startedAt: 5, savedAt: 50, log: [{ type: 'ring' as const, at: 0 }] };

describe('the history in IndexedDB', () => {
  it('keeps finished calls and self-assessments across a reopen', async () => {
    await store.finishCall(fakeCallRecord({ id: 'a', startedAt: 2 }));
    await store.saveCall(fakeCallRecord({ id: 'b', startedAt: 1 }));
    await store.saveSelfAssessment(fakeSelfAssessment());
    store.close();
    store = await openHistory();
    const history = await store.listCalls();
    expect(history.records.map((r) => r.id)).toEqual(['b', 'a']);
    expect(await store.listSelfAssessments()).toEqual([fakeSelfAssessment()]);
  });

  it('never drops a call interrupted by a reload: it comes back as interrupted, once', async () => {
    await store.saveLive(live);
    store.close();
    store = await openHistory();
    const recovered = await store.recoverInterrupted();
    expect(recovered).toMatchObject({ id: 'live-1', status: 'interrupted', endedAt: 50 });
    expect(await store.recoverInterrupted()).toBeUndefined();
    expect((await store.listCalls()).records.map((r) => r.status)).toEqual(['interrupted']);
  });

  it('forgets the live copy when the call finishes normally', async () => {
    await store.saveLive(live);
    await store.finishCall(fakeCallRecord({ id: 'live-1' }));
    expect(await store.recoverInterrupted()).toBeUndefined();
    expect((await store.listCalls()).records.map((r) => r.status)).toEqual(['complete']);
  });

  it('leaves unreadable records in place and counts them', async () => {
    await store.saveCall(fakeCallRecord({ id: 'ok' }));
    const raw = await openDB(DB_NAME);
    await raw.put('calls', { id: 'future', v: 9 });
    await raw.put('calls', { id: 'broken', v: 1, log: 'nope' });
    raw.close();
    const history = await store.listCalls();
    expect(history.records.map((r) => r.id)).toEqual(['ok']);
    expect(history.unreadable.map((u) => u.id).sort()).toEqual(['broken', 'future']);
    const again = await openDB(DB_NAME);
    expect((await again.getAllKeys('calls')).sort()).toEqual(['broken', 'future', 'ok']);
    again.close();
  });

  it('exports everything and imports it into another device, adding only what is missing', async () => {
    await store.finishCall(fakeCallRecord({ id: 'a' }));
    await store.saveSelfAssessment(fakeSelfAssessment());
    const backup = await store.exportBackup(123);
    expect(backup).toEqual(createBackup([fakeCallRecord({ id: 'a' })], [fakeSelfAssessment()], 123));

    store.close();
    globalThis.indexedDB = new IDBFactory();
    store = await openHistory();
    await store.saveCall(fakeCallRecord({ id: 'a', quickRating: 5 }));
    const plan = await store.importBackup(createBackup([fakeCallRecord({ id: 'a' }), fakeCallRecord({ id: 'b' })], [fakeSelfAssessment()], 1));
    expect(plan.newCalls.map((c) => c.id)).toEqual(['b']);
    const records = (await store.listCalls()).records;
    expect(records.find((r) => r.id === 'a')?.quickRating).toBe(5);
    expect(records.map((r) => r.id).sort()).toEqual(['a', 'b']);
  });
});

describe('database upgrades', () => {
  it('brings a version-1 database to version 2 without losing a call (adds the recordings store)', async () => {
    store.close();
    globalThis.indexedDB = new IDBFactory();
    // A device as version 1 of the app left it.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('calls', { keyPath: 'id' });
        db.createObjectStore('selfAssessments', { keyPath: 'id' });
        db.createObjectStore('live');
      },
    });
    await v1.put('calls', fakeCallRecord({ id: 'kept' }));
    await v1.put('live', live, 'current');
    v1.close();

    store = await openHistory();
    expect((await store.listCalls()).records.map((r) => r.id)).toEqual(['kept']);
    expect(await store.peekLive()).toEqual(live);
    await store.saveRecording({ id: 'r1', callId: 'kept', decision: 0, mimeType: 'audio/webm', durationMs: 1200, blob: new Blob(['x']) });
    expect((await store.recordingsOf('kept')).map((r) => r.id)).toEqual(['r1']);
  });
});

describe('recordings (hear yourself)', () => {
  it('keeps each call’s answers in order, and deletes one call’s or all', async () => {
    const blob = new Blob(['voice']);
    await store.saveRecording({ id: 'b', callId: 'c1', decision: 1, mimeType: 'audio/webm', durationMs: 900, blob });
    await store.saveRecording({ id: 'a', callId: 'c1', decision: 0, mimeType: 'audio/webm', durationMs: 800, blob });
    await store.saveRecording({ id: 'z', callId: 'c2', decision: 0, mimeType: 'audio/webm', durationMs: 700, blob });
    expect((await store.recordingsOf('c1')).map((r) => r.decision)).toEqual([0, 1]);
    expect(await store.deleteRecordings('c1')).toBe(2);
    expect(await store.recordingsOf('c1')).toEqual([]);
    expect(await store.deleteRecordings()).toBe(1);
  });
});
