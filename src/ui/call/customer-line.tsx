import type { LineVoice } from './use-line-audio';
import { useI18n } from '../i18n/i18n-context';
import { SpeakerIcon } from '../shared/icons';

interface Props {
  name: string;
  text: string;
  moodLabel: string;
  voice: LineVoice;
}

/** The customer's current words: always a caption, whatever the audio does. */
export function CustomerLine({ name, text, moodLabel, voice }: Props) {
  const audio = voice.source === 'none' ? 'none' : voice.status;
  const { t } = useI18n();
  return (
    <figure className="line" data-audio={audio} data-voice={voice.source}>
      <figcaption className="line__who">
        <span className="line__name">{name}</span>
        <span className="line__mood">{t('call.mood', { mood: moodLabel })}</span>
        {audio === 'playing' || audio === 'loading' ? (
          <span className="line__sound">
            <SpeakerIcon />
          </span>
        ) : null}
      </figcaption>
      <blockquote className="line__text">{text}</blockquote>
      {voice.source === 'speech' ? <p className="line__voice muted">{t('call.synthVoice')}</p> : null}
      {audio === 'unavailable' ? (
        <p className="line__notice" role="status">
          {t('call.audioUnavailable')}
        </p>
      ) : null}
    </figure>
  );
}
