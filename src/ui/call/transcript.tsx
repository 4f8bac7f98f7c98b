import type { TranscriptEntry } from '../../core/engine/transcript';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/i18n-context';
import { formatDuration } from '../shared/format-duration';

interface Props {
  entries: readonly TranscriptEntry[];
  customerName: string;
}

const SYSTEM: Record<NonNullable<TranscriptEntry['event']>, MessageKey> = {
  pickup: 'end.system.pickup',
  timeout: 'end.system.timeout',
  pause: 'end.system.pause',
  resume: 'end.system.resume',
  end: 'end.system.end',
};

function phoneText(entry: TranscriptEntry, t: ReturnType<typeof useI18n>['t']): string | undefined {
  const note = entry.phone;
  if (!note) return undefined;
  if (note.kind === 'hold-check-missed') return t('end.phone.missed', { duration: formatDuration(note.heldMs) });
  if (note.control === 'resume') return t('end.phone.resume', { duration: formatDuration(note.heldMs ?? 0) });
  return t(`end.phone.${note.control}`);
}

/** The whole call as text: who said what, and when. */
export function Transcript({ entries, customerName }: Props) {
  const { t } = useI18n();
  return (
    <ol className="transcript">
      {entries.map((entry, index) => (
        <li key={index} className={`transcript__entry transcript__entry--${entry.speaker}`}>
          <span className="transcript__time">{formatDuration(entry.at)}</span>
          <span className="transcript__who">
            {entry.speaker === 'customer' ? customerName : entry.speaker === 'agent' ? t('call.you') : ''}
          </span>
          <span className="transcript__text">
            {entry.speaker === 'system' && entry.event
              ? [t(SYSTEM[entry.event]), entry.text].filter(Boolean).join(' ')
              : (phoneText(entry, t) ?? entry.text)}
          </span>
        </li>
      ))}
    </ol>
  );
}
