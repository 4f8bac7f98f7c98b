import type { HoldView } from '../../core/engine/hold';
import { useI18n } from '../i18n/i18n-context';
import { formatDuration } from '../shared/format-duration';

interface Props {
  name: string;
  hold: HoldView;
  /** Call time now. */
  now: number;
}

/** While the customer is on hold: how long, when to check back, when they give up. */
export function HoldPanel({ name, hold, now }: Props) {
  const { t } = useI18n();
  const checkBack = Math.max(0, hold.checkBackDeadline - now);
  return (
    <div className={`hold-panel${checkBack === 0 || hold.missedCheckBacks > 0 ? ' hold-panel--late' : ''}`} data-testid="hold-panel">
      <p className="hold-panel__title">{t('call.onHold', { name })}</p>
      <p>
        {t('call.heldFor', { duration: formatDuration(now - hold.since) })} · {t('call.checkBackIn', { duration: formatDuration(checkBack) })} ·{' '}
        {t('call.hangsUpIn', { duration: formatDuration(Math.max(0, hold.hangUpDeadline - now)) })}
      </p>
      {hold.missedCheckBacks > 0 ? <p className="hold-panel__missed">{t('call.missedCheckBacks', { count: hold.missedCheckBacks })}</p> : null}
    </div>
  );
}
