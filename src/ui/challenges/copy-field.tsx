import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  label: string;
  value: string;
  copyLabel: string;
}

/**
 * A text to hand on (a link, a result code): shown in full, selectable, with a Copy button that
 * uses the clipboard when the browser offers it, and otherwise selects the text for Ctrl+C.
 */
export function CopyField({ label, value, copyLabel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('done');
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div className="cc-copy">
      <label htmlFor={id} className="cc-label">
        {label}
      </label>
      <textarea id={id} ref={field} className="cc-copy__text" readOnly value={value} rows={3} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
      <div className="cc-copy__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span role="status" className="muted">
          {status === 'done' ? t('copy.done') : status === 'failed' ? t('copy.failed') : ''}
        </span>
      </div>
    </div>
  );
}
