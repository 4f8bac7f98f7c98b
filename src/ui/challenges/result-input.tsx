import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { readFiles, type NamedText } from './read-files';

interface Props {
  /** Sources already on the board: new ones get a name of their own. */
  taken: readonly string[];
  onAdd: (submissions: NamedText[]) => void;
}

/** Results in: many files at once (picked with the keyboard or dropped), or pasted codes, one per line. */
export function ResultInput({ taken, onAdd }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const [codes, setCodes] = useState('');
  const [empty, setEmpty] = useState(false);

  const addFiles = (files: File[]) => {
    if (files.length > 0) void readFiles(files, taken).then(onAdd);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    addFiles([...event.dataTransfer.files]);
  };
  const addCodes = (event: FormEvent) => {
    event.preventDefault();
    const lines = codes
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) {
      setEmpty(true);
      return;
    }
    const used = new Set(taken);
    let n = 0;
    const next = (): string => {
      let source: string;
      do source = t('board.pasted', { n: ++n });
      while (used.has(source));
      used.add(source);
      return source;
    };
    onAdd(lines.map((text) => ({ source: next(), text })));
    setCodes('');
  };

  return (
    <div className="cc-input-results">
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        data-testid="result-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-files`} className="drop-zone__label">
          {t('board.choose')}
        </label>
        <input
          id={`${id}-files`}
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby={`${id}-drop-hint`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            addFiles(files);
          }}
        />
        <p id={`${id}-drop-hint`} className="hint">
          {t('board.dropHint')}
        </p>
      </div>
      <form className="cc-codes" onSubmit={addCodes}>
        <label htmlFor={`${id}-codes`} className="cc-label">
          {t('board.codes')}
        </label>
        <textarea
          id={`${id}-codes`}
          className="cc-copy__text"
          rows={4}
          spellCheck={false}
          value={codes}
          aria-invalid={empty ? true : undefined}
          aria-describedby={empty ? `${id}-codes-error` : undefined}
          onChange={(event) => {
            setCodes(event.target.value);
            setEmpty(false);
          }}
        />
        {empty ? (
          <p id={`${id}-codes-error`} className="cc-error">
            {t('board.noCodes')}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t('board.addCodes')}
        </button>
      </form>
    </div>
  );
}
