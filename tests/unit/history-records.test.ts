import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { interruptedRecord, summarizeScore } from '../../src/core/history/call-record';
import { migrateCallRecord, repairHistory } from '../../src/core/history/record-migrations';
import { fakeCallRecord } from '../factories/call-record-factory';

describe('stored call records', () => {
  it('reads a current record as it is', () => {
    const record = fakeCallRecord();
    expect(migrateCallRecord(structuredClone(record))).toEqual({ ok: true, record, migrated: false });
  });

  it('migrates an older record one numbered step at a time', () => {
    // A pretend history of the schema: v1 had `title`, v2 renamed it `scenarioTitle`, v3 added `mode`.
    const migrations = {
      1: ({ title, ...rest }: Record<string, unknown>) => ({ ...rest, scenarioTitle: title }),
      2: (record: Record<string, unknown>) => ({ ...record, mode: 'practice' }),
    };
    const v3 = z.looseObject({ v: z.literal(3), scenarioTitle: z.string(), mode: z.literal('practice') });
    const { scenarioTitle, mode: _mode, ...rest } = fakeCallRecord();
    const result = migrateCallRecord({ ...rest, v: 1, title: scenarioTitle }, { migrations, current: 3, schema: v3 });
    expect(result).toEqual({ ok: true, migrated: true, record: { ...fakeCallRecord(), v: 3 } });
    expect(migrateCallRecord({ ...rest, v: 2, scenarioTitle }, { migrations, current: 3, schema: v3 })).toMatchObject({ ok: true, migrated: true });
  });

  it('reports a gap in the migration chain', () => {
    expect(migrateCallRecord({ ...fakeCallRecord(), v: 1 }, { migrations: {}, current: 2 })).toEqual({ ok: false, reason: 'damaged', detail: 'no migration from version 1' });
  });

  it('leaves a record from a newer app alone and says why', () => {
    expect(migrateCallRecord({ ...fakeCallRecord(), v: 7 })).toEqual({ ok: false, reason: 'newer-version', detail: 'version 7, this app reads up to 1' });
  });

  it('reports a damaged record instead of throwing', () => {
    expect(migrateCallRecord(null)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(migrateCallRecord({ ...fakeCallRecord(), startedAt: 'yesterday' })).toEqual({ ok: false, reason: 'damaged', detail: 'startedAt: invalid_type' });
    expect(migrateCallRecord({ ...fakeCallRecord(), v: undefined })).toEqual({ ok: false, reason: 'damaged', detail: 'no schema version' });
  });

  it('repairs a loaded history: keeps what reads, lists the rest, sorts by time', () => {
    const later = fakeCallRecord({ id: 'b', startedAt: 2_000 });
    const earlier = fakeCallRecord({ id: 'a', startedAt: 1_000 });
    const repaired = repairHistory([later, { id: 'x', v: 99 }, 'garbage', earlier]);
    expect(repaired.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(repaired.unreadable).toEqual([
      { id: 'x', reason: 'newer-version: version 99, this app reads up to 1' },
      { id: '?', reason: 'damaged: not an object' },
    ]);
    expect(repaired.migrated).toEqual([]);
  });

  it('turns a live call found at start-up into an interrupted record, unscored', () => {
    const live = { id: 'l', scenarioId: 's6-attente', scenarioTitle: 'Attente', locale: 'fr-FR', mode: 'practice' as const, startedAt: 10, savedAt: 99, log: [{ type: 'ring' as const, at: 0 }] };
    const record = interruptedRecord(live);
    expect(record).toMatchObject({ id: 'l', status: 'interrupted', startedAt: 10, endedAt: 99, log: live.log });
    expect(record.score).toBeUndefined();
    expect(migrateCallRecord(record).ok).toBe(true);
  });

  it('summarises a score for storage without its debrief', () => {
    const summary = summarizeScore({
      overall: 0, overallBeforeFatal: 64, failed: true,
      fatal: [{ kind: 'identity-breach', index: 2, stateId: 's', optionId: 'o', text: 't', feedback: 'f' }],
      outcome: { kind: 'resolved', reason: 'final', valence: 'good' },
      skills: {}, sections: {}, debrief: [],
      timing: { durationMs: 5000, timeouts: 0, warnings: 0, penalties: [] },
    });
    expect(summary).toEqual({ overall: 0, overallBeforeFatal: 64, failed: true, fatal: ['identity-breach'], outcome: { kind: 'resolved', valence: 'good' }, skills: {}, durationMs: 5000 });
  });
});
