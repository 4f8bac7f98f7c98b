import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { PhoneIcon } from '../shared/icons';

interface Props {
  name: string;
  role: string;
  ringSeconds: number;
  onPickUp: () => void;
}

/** The phone rings: who is calling, how long it has rung, and the one thing to do. */
export function IncomingCall({ name, role, ringSeconds, onPickUp }: Props) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <section className="incoming" aria-labelledby="incoming-title">
      <div className="incoming__phone">
        <PhoneIcon />
      </div>
      <h1 id="incoming-title">{t('call.incoming')}</h1>
      <p className="incoming__caller">
        <strong>{name}</strong> · {role}
      </p>
      <p className="incoming__ring">{t('call.ringing', { seconds: ringSeconds })}</p>
      <button ref={button} type="button" className="button button--primary button--large" onClick={onPickUp}>
        {t('call.pickUp')}
      </button>
      <p className="hint">{t('call.pickUpHint')}</p>
    </section>
  );
}
