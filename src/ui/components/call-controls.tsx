import { useI18n } from '../i18n/i18n-context';

interface Props {
  paused: boolean;
  onPause: () => void;
  onResume: () => void;
  onHangUp: () => void;
}

/** The phone's own buttons during a call. */
export function CallControls({ paused, onPause, onResume, onHangUp }: Props) {
  const { t } = useI18n();
  return (
    <div className="controls" role="group" aria-label={t('call.controls')}>
      {paused ? (
        <button type="button" className="button button--primary" onClick={onResume} autoFocus>
          {t('call.resume')}
        </button>
      ) : (
        <button type="button" className="button" onClick={onPause}>
          {t('call.pause')}
        </button>
      )}
      <button type="button" className="button button--danger" onClick={onHangUp}>
        {t('call.hangUp')}
      </button>
    </div>
  );
}
