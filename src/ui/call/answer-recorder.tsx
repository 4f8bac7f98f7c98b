import type { RecorderState } from './use-answer-recorder';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  state: RecorderState;
  onToggle: () => void;
}

/** Say your answer out loud first (R to start and stop), then pick the closest option. */
export function AnswerRecorder({ state, onToggle }: Props) {
  const { t, language } = useI18n();
  if (state.kind === 'problem') {
    return (
      <p className="recorder recorder--problem" role="status">
        {t(`record.problem.${state.problem}`)}
      </p>
    );
  }
  const recording = state.kind === 'recording';
  return (
    <div className={`recorder${recording ? ' recorder--on' : ''}`}>
      <button type="button" className="button" aria-pressed={recording} aria-keyshortcuts="R" onClick={onToggle} disabled={state.kind === 'opening'}>
        {recording ? t('record.stop') : t('record.start')}
        <kbd className="controls__key" aria-hidden="true">
          R
        </kbd>
      </button>
      <span role="status" className="recorder__status">
        {recording
          ? t('record.recording')
          : state.kind === 'recorded'
            ? t('record.recorded', { seconds: (state.durationMs / 1000).toLocaleString(language, { maximumFractionDigits: 1 }) })
            : t('record.hint')}
      </span>
    </div>
  );
}
