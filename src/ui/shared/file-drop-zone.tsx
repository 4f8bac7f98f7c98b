import { useId, useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  onFiles: (files: File[]) => void;
}

/** Pick scenario files with the keyboard (a real file input) or drop them on the zone. */
export function FileDropZone({ onFiles }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <label htmlFor={id} className="drop-zone__label">
        {t('check.choose')}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          if (files.length > 0) onFiles(files);
          event.target.value = '';
        }}
      />
      <p className="hint">{t('check.dropHint')}</p>
    </div>
  );
}
