import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { FormField } from './form-field';

const MAX = 60;

/** The name the agent plays under: required, up to 60 characters, shown on the team board. */
export function PlayerForm({ onStart }: { onStart: (player: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const player = name.trim();
    if (player.length === 0 || player.length > MAX) {
      setInvalid(true);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    onStart(player);
  };
  return (
    <form className="cc-form" onSubmit={submit} noValidate>
      <FormField id={`${id}-name`} label={t('play.player')} hint={t('play.playerHint')} error={invalid ? t('play.playerError') : undefined}>
        {(described) => (
          <input
            id={`${id}-name`}
            type="text"
            className="cc-input"
            value={name}
            maxLength={MAX}
            autoComplete="name"
            required
            onChange={(event) => {
              setName(event.target.value);
              setInvalid(false);
            }}
            {...described}
          />
        )}
      </FormField>
      <button type="submit" className="button button--primary button--large">
        {t('play.start')}
      </button>
    </form>
  );
}
