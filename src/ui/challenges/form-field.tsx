import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Shown next to the field and announced with it (aria-describedby). */
  error?: string;
  children: (described: { 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A labelled field with its hint and its error message, tied to the control for screen readers. */
export function FormField({ id, label, hint, error, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'cc-field cc-field--invalid' : 'cc-field'}>
      <label htmlFor={id} className="cc-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children({ ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
      {error ? (
        <p id={`${id}-error`} className="cc-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
