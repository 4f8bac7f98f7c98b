import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, planImport } from '../../src/core/history/backup';
import { fakeCallRecord, fakeSelfAssessment } from '../factories/call-record-factory';

const backupText = (value: unknown) => JSON.stringify(value);

describe('backup export and import', () => {
  it('round-trips every call and self-assessment', () => {
    const backup = createBackup([fakeCallRecord({ id: 'a' }), fakeCallRecord({ id: 'b' })], [fakeSelfAssessment()], 1_700_000_000_000);
    expect(parseBackup(backupText(backup))).toEqual({ ok: true, backup });
  });

  it('explains a file that is not JSON, or not ours', () => {
    expect(parseBackup('{ oops')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^not a JSON file/)] });
    expect(parseBackup(backupText({ hello: 'world' }))).toEqual({ ok: false, problems: ['not a CallCourt backup: "format" should be "callcourt-backup"'] });
  });

  it('names the JSON path of each damaged record, and accepts nothing from such a file', () => {
    const good = fakeCallRecord({ id: 'good' });
    const text = backupText({
      ...createBackup([good, { ...fakeCallRecord({ id: 'bad' }), mode: 'karaoke' } as never], [{ id: 's', at: 1, ratings: { ACC: 9 } } as never], 1),
    });
    const result = parseBackup(text);
    expect(result).toEqual({
      ok: false,
      problems: ['$.calls[1]: damaged (mode: invalid_value)', '$.selfAssessments[0].ratings.ACC: must be at most 5, got the number 9'],
    });
  });

  it('refuses a backup from a newer version of a record', () => {
    const text = backupText(createBackup([{ ...fakeCallRecord(), v: 4 } as never], [], 1));
    expect(parseBackup(text)).toEqual({ ok: false, problems: ['$.calls[0]: made by a newer version of CallCourt (version 4, this app reads up to 1)'] });
  });

  it('flags the same call twice', () => {
    const text = backupText(createBackup([fakeCallRecord({ id: 'a' }), fakeCallRecord({ id: 'a' })], [], 1));
    expect(parseBackup(text)).toEqual({ ok: false, problems: ['$.calls[1].id: the call "a" appears twice'] });
  });

  it('adds only what the device lacks, never overwriting', () => {
    const backup = createBackup([fakeCallRecord({ id: 'a' }), fakeCallRecord({ id: 'b' })], [fakeSelfAssessment({ id: 's1' }), fakeSelfAssessment({ id: 's2' })], 1);
    const plan = planImport(backup, new Set(['a']), new Set(['s2']));
    expect(plan.newCalls.map((c) => c.id)).toEqual(['b']);
    expect(plan.newSelfAssessments.map((s) => s.id)).toEqual(['s1']);
    expect(plan.skipped).toBe(2);
  });
});
