import { useState } from 'react';
import { useServices } from '../shared/services';
import type { UploadedScenario } from '../../store/uploads-slice';
import { FileDropZone } from '../shared/file-drop-zone';
import { FindingList } from './finding-list';
import { ScenarioSummaryView } from './scenario-summary-view';
import { checkFiles, type CheckedFile } from '../../core/checker/check-files';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  onPlay: (scenario: UploadedScenario) => void;
}

/**
 * For trainers: load a scenario file from disk, see the checker's findings and figures (the same
 * as `npm run check:scenarios`), and play it, without touching the repository. Nothing is uploaded.
 */
export default function CheckFileScreen({ onPlay }: Props) {
  const { t } = useI18n();
  const { existingFiles } = useServices();
  const [checked, setChecked] = useState<CheckedFile[] | undefined>();
  const [busy, setBusy] = useState(false);

  const onFiles = async (files: File[]) => {
    setBusy(true);
    try {
      setChecked(await checkFiles(files.map((file) => ({ name: file.name, text: () => file.text() })), existingFiles));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="check-title">
      <h1 id="check-title">{t('check.title')}</h1>
      <p>{t('check.intro')}</p>
      <FileDropZone onFiles={(files) => void onFiles(files)} />
      <div role="status" className="muted">
        {busy ? t('check.busy') : checked ? t('check.done', { count: checked.length }) : ''}
      </div>
      {checked?.map(({ result, card, text }) => {
        const errors = result.findings.filter((f) => f.severity === 'error').length;
        const warnings = result.findings.length - errors;
        return (
          <article key={result.file} className="checked-file" aria-labelledby={`file-${result.file}`}>
            <h2 id={`file-${result.file}`}>
              <code>{result.file}</code>
            </h2>
            <p className={errors > 0 ? 'checked-file__verdict checked-file__verdict--bad' : 'checked-file__verdict'}>
              {errors === 0 && warnings === 0 ? t('check.clean') : t('check.counts', { errors, warnings })}
            </p>
            {result.findings.length > 0 ? <FindingList findings={result.findings} /> : null}
            {result.summary ? <ScenarioSummaryView summary={result.summary} /> : null}
            {card && errors === 0 ? (
              <button type="button" className="button button--primary" onClick={() => onPlay({ card, text })}>
                {t('check.play', { title: card.title })}
              </button>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
