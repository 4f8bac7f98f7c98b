import { useId, useState, type ChangeEvent } from 'react';
import { useServices } from '../shared/services';
import { parseBackup, type MergePlan } from '../../core/history/backup';
import { backupFileName } from '../../core/history/backup-file-name';
import { useI18n } from '../i18n/i18n-context';
import { pluralForm } from '../shared/plural';

type ExportState = { kind: 'idle' } | { kind: 'done'; file: string } | { kind: 'failed' };
type ImportState =
  | { kind: 'idle' }
  | { kind: 'importing' }
  | { kind: 'rejected'; file: string; problems: string[] }
  | { kind: 'imported'; plan: MergePlan }
  | { kind: 'failed' };

/**
 * Export everything to one JSON file, and import such a file back: a file with any problem is
 * rejected whole, its problems listed with their JSON paths, and nothing changes.
 */
export function BackupPanel({ onImported }: { onImported: () => void }) {
  const { t, language } = useI18n();
  const { history, wallClock, download } = useServices();
  const inputId = useId();
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' });
  const [imported, setImported] = useState<ImportState>({ kind: 'idle' });
  const count = (key: 'calls' | 'assessments' | 'skipped', n: number) => t(`backup.${key}.${pluralForm(language, n)}`, { count: n });

  const exportData = async () => {
    try {
      const now = wallClock.now();
      const backup = await (await history()).exportBackup(now);
      const file = backupFileName(now, wallClock.timeZone);
      download(file, JSON.stringify(backup, null, 2));
      setExported({ kind: 'done', file });
    } catch {
      setExported({ kind: 'failed' });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setImported({ kind: 'importing' });
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setImported({ kind: 'rejected', file: file.name, problems: parsed.problems });
        return;
      }
      const plan = await (await history()).importBackup(parsed.backup);
      setImported({ kind: 'imported', plan });
      onImported();
    } catch {
      setImported({ kind: 'failed' });
    } finally {
      // The same file can be chosen again after fixing it.
      input.value = '';
    }
  };

  return (
    <section className="progress-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="backup">
        <div className="backup__part">
          <button type="button" className="button" onClick={exportData}>
            {t('backup.export')}
          </button>
          <p role="status" className="muted">
            {exported.kind === 'done' ? t('backup.exported', { file: exported.file }) : exported.kind === 'failed' ? t('backup.exportFailed') : ''}
          </p>
        </div>
        <div className="backup__part">
          <label htmlFor={inputId} className="backup__label">
            {t('backup.import')}
          </label>
          <input id={inputId} type="file" accept=".json,application/json" onChange={importFile} />
          <p role="status" data-testid="import-status">
            {imported.kind === 'importing'
              ? t('backup.importing')
              : imported.kind === 'imported'
                ? t('backup.imported', {
                    calls: count('calls', imported.plan.newCalls.length),
                    assessments: count('assessments', imported.plan.newSelfAssessments.length),
                    skipped: count('skipped', imported.plan.skipped),
                  })
                : ''}
          </p>
        </div>
      </div>
      <div role="alert">
        {imported.kind === 'rejected' ? (
          <div className="backup__problems" data-testid="import-problems">
            <p>{t('backup.rejected', { file: imported.file })}</p>
            <ul>
              {imported.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : imported.kind === 'failed' ? (
          <p className="form-error">{t('backup.importFailed')}</p>
        ) : null}
      </div>
    </section>
  );
}
