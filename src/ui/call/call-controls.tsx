import type { CallControl } from '../../core/engine/available-controls';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  controls: readonly CallControl[];
  paused: boolean;
  /** Whether the drill may be paused (not under a challenge's clock). */
  canPause: boolean;
  onControl: (control: CallControl) => void;
  onPause: () => void;
  onResume: () => void;
}

const LABELS: Record<Exclude<CallControl, 'pickup'>, { label: MessageKey; key?: string; danger?: boolean }> = {
  hold: { label: 'call.hold', key: 'H' },
  resume: { label: 'call.takeBack', key: 'H' },
  mute: { label: 'call.mute', key: 'M' },
  unmute: { label: 'call.unmute', key: 'M' },
  'transfer-warm': { label: 'call.transferWarm' },
  'transfer-cold': { label: 'call.transferCold' },
  hangup: { label: 'call.hangUp', danger: true },
};

/** The phone's own buttons during a call: hold, mute, transfer, hang up, and the drill's pause. */
export function CallControls({ controls, paused, canPause, onControl, onPause, onResume }: Props) {
  const { t } = useI18n();
  return (
    <div className="controls" role="group" aria-label={t('call.controls')}>
      {controls.map((control) => {
        if (control === 'pickup') return null;
        const { label, key, danger } = LABELS[control];
        return (
          <button
            key={control}
            type="button"
            className={`button${danger ? ' button--danger' : ''}`}
            aria-keyshortcuts={key}
            onClick={() => onControl(control)}
          >
            {t(label)}
            {key ? (
              <kbd className="controls__key" aria-hidden="true">
                {key}
              </kbd>
            ) : null}
          </button>
        );
      })}
      {canPause ? (
        paused ? (
          <button type="button" className="button button--primary" onClick={onResume} autoFocus>
            {t('call.resume')}
          </button>
        ) : (
          <button type="button" className="button" onClick={onPause}>
            {t('call.pause')}
          </button>
        )
      ) : null}
    </div>
  );
}
