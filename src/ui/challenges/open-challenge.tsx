import { useId, useState, type FormEvent } from 'react';
import { parseChallenge, type Challenge } from '../../core/challenges/challenge';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  onOpen: (challenge: Challenge) => void;
  /** The section's heading level on its screen. */
  level?: 2 | 3;
  title: string;
  intro?: string;
}

/** A challenge from a pasted link or code, or from its file; a damaged one says what is wrong. */
export function OpenChallenge({ onOpen, level = 2, title, intro }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[] | undefined>();
  const Heading = level === 2 ? 'h2' : 'h3';

  const open = (input: string) => {
    const parsed = parseChallenge(input);
    if (parsed.ok) {
      setProblems(undefined);
      onOpen(parsed.challenge);
    } else {
      setProblems(parsed.problems);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open(text);
  };

  return (
    <section className="cc-panel" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {intro ? <p>{intro}</p> : null}
      <form className="cc-open" onSubmit={submit}>
        <label htmlFor={`${id}-code`} className="cc-label">
          {t('challenges.paste')}
        </label>
        <div className="cc-open__row">
          <input
            id={`${id}-code`}
            type="text"
            className="cc-input cc-input--wide"
            value={text}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={problems ? true : undefined}
            aria-describedby={problems ? `${id}-problems` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t('challenges.openButton')}
          </button>
        </div>
      </form>
      <div className="cc-field">
        <label htmlFor={`${id}-file`} className="cc-label">
          {t('challenges.pickFile')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void file.text().then(open);
          }}
        />
      </div>
      {problems ? (
        <div id={`${id}-problems`} role="alert" className="cc-problems">
          <p className="cc-error">{t('challenges.damaged')}</p>
          <details>
            <summary>{t('challenges.details')}</summary>
            <ul lang="en">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </section>
  );
}
