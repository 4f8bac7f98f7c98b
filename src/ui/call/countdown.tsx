import { useI18n } from '../i18n/i18n-context';

interface Props {
  remainingMs: number;
  totalMs: number;
}

/** Time left to answer before the customer reacts. Urgent below a third of the time. */
export function Countdown({ remainingMs, totalMs }: Props) {
  const { t } = useI18n();
  // Before the customer has finished speaking the countdown has not started: it shows its full length.
  const left = Math.min(totalMs, remainingMs);
  const seconds = Math.max(0, Math.ceil(left / 1000));
  const fraction = totalMs > 0 ? Math.max(0, Math.min(1, left / totalMs)) : 0;
  const urgent = fraction < 1 / 3;
  return (
    <div className={`countdown${urgent ? ' countdown--urgent' : ''}`} role="timer" aria-label={t('call.timeLeft', { seconds })}>
      <div className="countdown__bar" aria-hidden="true">
        <div className="countdown__fill" style={{ transform: `scaleX(${fraction})` }} />
      </div>
      <span className="countdown__seconds" aria-hidden="true">
        {t('call.timeLeftShort', { seconds })}
      </span>
    </div>
  );
}
