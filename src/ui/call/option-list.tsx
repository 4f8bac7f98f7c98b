import { useEffect, useRef } from 'react';
import type { OfferedOption } from '../../core/engine/call-view';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  options: readonly OfferedOption[];
  onChoose: (optionId: string) => void;
  disabled: boolean;
  /** Changes with each new customer line: focus goes back to the first option then. */
  turn: number;
}

/** The agent's possible answers, as buttons with their number-key shortcut. */
export function OptionList({ options, onChoose, disabled, turn }: Props) {
  const { t } = useI18n();
  const first = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // Focus goes to the first option on a new line, unless it is already on an option: the buttons
  // are kept from one line to the next (keyed by position), so it usually is, and no focus() (a
  // forced layout) delays the customer's next line.
  useEffect(() => {
    if (!list.current?.contains(document.activeElement)) first.current?.focus();
  }, [turn]);
  return (
    <section className="options" aria-labelledby="options-title">
      <h2 id="options-title" className="options__title">
        {t('call.yourAnswer')}
      </h2>
      <p className="hint" id="options-hint">
        {t('call.optionsHint', { count: options.length })}
      </p>
      <ol className="options__list" ref={list}>
        {options.map((option, index) => (
          <li key={option.key}>
            <button
              ref={index === 0 ? first : undefined}
              type="button"
              className="option"
              disabled={disabled}
              aria-keyshortcuts={String(option.key)}
              onClick={() => onChoose(option.id)}
            >
              <kbd className="option__key" aria-hidden="true">
                {option.key}
              </kbd>
              <span className="option__text">{option.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
