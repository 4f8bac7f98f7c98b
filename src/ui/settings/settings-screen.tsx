import { useId, useState } from 'react';
import { useServices } from '../shared/services';
import { useAppStore } from '../shared/store-context';
import { useI18n } from '../i18n/i18n-context';

/** Sound, the customer's voice for lines without a clip, and "hear yourself": visible choices, kept on this device. */
export default function SettingsScreen() {
  const { t } = useI18n();
  const { speech, history } = useServices();
  const [deleted, setDeleted] = useState<number | undefined>();
  const volume = useAppStore((s) => s.volume);
  const setVolume = useAppStore((s) => s.setVolume);
  const muted = useAppStore((s) => s.muted);
  const setMuted = useAppStore((s) => s.setMuted);
  const speechFallback = useAppStore((s) => s.speechFallback);
  const setSpeechFallback = useAppStore((s) => s.setSpeechFallback);
  const answerOutLoud = useAppStore((s) => s.answerOutLoud);
  const setAnswerOutLoud = useAppStore((s) => s.setAnswerOutLoud);
  const volumeId = useId();
  const voiceName = useId();

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t('settings.title')}</h1>

      <fieldset>
        <legend>{t('settings.sound')}</legend>
        <label htmlFor={volumeId}>{t('settings.volume')}</label>
        <input
          id={volumeId}
          type="range"
          min={0}
          max={100}
          step={5}
          value={Math.round(volume * 100)}
          aria-valuetext={`${Math.round(volume * 100)} %`}
          onChange={(e) => setVolume(Number(e.target.value) / 100)}
        />
        <label className="settings__check">
          <input type="checkbox" checked={muted} onChange={(e) => setMuted(e.target.checked)} />
          {t('settings.soundOff')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings.voice')}</legend>
        <p>{t('settings.voiceIntro')}</p>
        <label className="settings__check">
          <input type="radio" name={voiceName} checked={speechFallback} onChange={() => setSpeechFallback(true)} />
          {t('settings.voiceSpeech')}
        </label>
        <label className="settings__check">
          <input type="radio" name={voiceName} checked={!speechFallback} onChange={() => setSpeechFallback(false)} />
          {t('settings.voiceCaption')}
        </label>
        <p className="muted" data-testid="voices">
          {t('settings.voicesHere', { fr: speech.voicesFor('fr-FR'), en: speech.voicesFor('en-GB') })}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('settings.hearYourself')}</legend>
        <label className="settings__check">
          <input type="checkbox" checked={answerOutLoud} onChange={(e) => setAnswerOutLoud(e.target.checked)} />
          {t('settings.answerOutLoud')}
        </label>
        <p className="muted">{t('settings.hearYourselfNote')}</p>
        <button type="button" className="button button--danger" onClick={() => void history().then((store) => store.deleteRecordings()).then(setDeleted)}>
          {t('settings.deleteRecordings')}
        </button>
        <p role="status" className="muted">
          {deleted === undefined ? '' : t('settings.recordingsDeleted', { count: deleted })}
        </p>
      </fieldset>
    </section>
  );
}
