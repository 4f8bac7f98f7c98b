import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { AudioPlayer } from '../../adapters/audio/audio-player';
import { useServices, type Services } from '../shared/services';
import { useAppStore } from '../shared/store-context';
import type { CallControl } from '../../core/engine/available-controls';
import type { Call } from '../../core/engine/call';
import { MOOD_LABELS, moodName } from '../../core/scenario/moods';
import type { Line, Scenario } from '../../core/scenario/scenario-types';
import { scoreCall } from '../../core/scoring/score-call';
import { AnswerRecorder } from './answer-recorder';
import { CallControls } from './call-controls';
import { Countdown } from './countdown';
import { CustomerLine } from './customer-line';
import { formatDuration } from '../shared/format-duration';
import { HoldPanel } from './hold-panel';
import { IncomingCall } from './incoming-call';
import { LiveAnnouncer } from '../shared/live-announcer';
import { Ticking } from '../shared/ticking';
import { OptionList } from './option-list';
import { useAnswerRecorder } from './use-answer-recorder';
import { useCallKeys, type CallKey } from './use-call-keys';
import { useCallRecorder } from './use-call-recorder';
import { useCallView } from './use-call-view';
import { useLineAudio } from './use-line-audio';
import { useI18n } from '../i18n/i18n-context';
import type { CallFlow } from './call-flow';
import { EndScreen } from '../debrief/end-screen';

interface Props {
  scenario: Scenario;
  call: Call;
  audio: AudioPlayer;
  clipFor: (line: Line) => string | undefined;
  sounds: Services['sounds'];
  flow: CallFlow;
}

/** Sends a phone control to the engine. */
function runControl(call: Call, control: CallControl): boolean {
  switch (control) {
    case 'pickup':
      call.pickUp();
      return true;
    case 'hold':
      return call.hold();
    case 'resume':
      return call.resumeFromHold();
    case 'mute':
      return call.mute();
    case 'unmute':
      return call.unmute();
    case 'transfer-warm':
      return call.transfer('warm');
    case 'transfer-cold':
      return call.transfer('cold');
    case 'hangup':
      call.hangUp();
      return true;
  }
}

/** A live call: ringing, then the customer's line, the options, the phone's controls, then the end screen. */
export function CallInProgress({ scenario, call, audio, clipFor, sounds, flow }: Props) {
  const { t, pick } = useI18n();
  const services = useServices();
  const volume = useAppStore((s) => s.volume);
  const soundOff = useAppStore((s) => s.muted);
  const view = useCallView(call);
  const endedLog = view.phase === 'ended' ? view.log : undefined;
  const score = useMemo(() => (endedLog ? scoreCall(scenario, endedLog) : undefined), [scenario, endedLog]);
  const recorder = useCallRecorder(call, scenario, score, services, flow.mode, flow.onRecorded);
  const turn = view.log.filter((event) => event.type === 'line').length;
  const speechFallback = useAppStore((s) => s.speechFallback);
  const voice = useLineAudio(audio, view.onHold ? undefined : view.line, turn, clipFor, { speech: services.speech, locale: scenario.locale, enabled: speechFallback });
  const answerOutLoud = useAppStore((s) => s.answerOutLoud);
  const answers = useAnswerRecorder(services.microphone, answerOutLoud && view.phase === 'talking', turn);
  const { take } = answers;
  const { history, newId } = services;
  const recordId = recorder.id;
  // Counts the recordings saved so far: the debrief reads them again after each one.
  const [recordingsSaved, recordingSaved] = useReducer((n: number) => n + 1, 0);
  /** Chooses an option; in "answer out loud" mode, what the agent said is kept with this decision. */
  const choose = useCallback(
    (optionId: string): boolean => {
      const decision = call.getView().log.filter((event) => event.type === 'decision').length;
      if (!call.choose(optionId)) return false;
      if (answerOutLoud) {
        void take().then((recording) => {
          if (!recording) return;
          void history()
            .then((store) => store.saveRecording({ id: newId(), callId: recordId, decision, mimeType: recording.mimeType, durationMs: recording.durationMs, blob: recording.blob }))
            .then(recordingSaved);
        });
      }
      return true;
    },
    [call, answerOutLoud, take, history, newId, recordId],
  );
  const now = useCallback(() => call.now(), [call]);
  const ticking = view.phase !== 'ended' && !view.paused;

  useEffect(() => {
    audio.setVolume(volume);
    audio.setMuted(soundOff);
  }, [audio, volume, soundOff]);
  useEffect(() => {
    const live = !view.paused && view.phase !== 'ended';
    audio.setLoop('ring', live && view.phase === 'ringing' ? sounds.ring : undefined);
    audio.setLoop('hold', live && view.onHold ? sounds.hold : undefined);
    audio.setLoop('line', live && view.phase === 'talking' && !view.onHold ? sounds.line : undefined);
  }, [audio, sounds, view.phase, view.paused, view.onHold]);
  useEffect(
    () => () => {
      audio.setLoop('ring', undefined);
      audio.setLoop('hold', undefined);
      audio.setLoop('line', undefined);
    },
    [audio],
  );
  useEffect(() => {
    if (view.phase === 'ended' || view.paused || view.onHold) audio.stop();
  }, [audio, view.phase, view.paused, view.onHold]);

  const onKey = useCallback(
    (key: CallKey): boolean => {
      const current = call.getView();
      if ('digit' in key) {
        const option = current.options.find((o) => o.key === key.digit);
        return option ? choose(option.id) : false;
      }
      if (key.letter === 'r' && answerOutLoud) {
        void answers.toggle();
        return true;
      }
      const byLetter: Record<string, CallControl[]> = { h: ['hold', 'resume'], m: ['mute', 'unmute'] };
      const control = (byLetter[key.letter] ?? []).find((c) => current.controls.includes(c));
      return control ? runControl(call, control) : false;
    },
    [call, choose, answerOutLoud, answers],
  );
  useCallKeys(onKey, view.phase === 'talking' && !view.paused);

  if (view.phase === 'ended') {
    return <EndScreen scenario={scenario} view={view} score={score} saved={recorder.saved} callId={recorder.id} recordingsSaved={recordingsSaved} onRate={recorder.rate} flow={flow} />;
  }
  const { persona } = scenario;
  const deadline = view.timeLimit?.deadline;
  const limit =
    deadline === undefined ? null : (
      <Ticking now={now} active={ticking}>
        {(time) => <p className="challenge-clock">{t('call.challengeTime', { duration: formatDuration(Math.max(0, deadline - time)) })}</p>}
      </Ticking>
    );
  if (view.phase === 'ringing') {
    return (
      <>
        {limit}
        <Ticking now={now} active={ticking}>
          {(time) => <IncomingCall name={persona.name} role={persona.role} ringSeconds={Math.floor(time / 1000)} onPickUp={() => call.pickUp()} />}
        </Ticking>
      </>
    );
  }
  const mood = pick(MOOD_LABELS[moodName(view.mood)]);
  const { speakingUntil, timer, hold } = view;
  const announcement = view.onHold ? t('call.onHold', { name: persona.name }) : view.line ? t('call.newLine', { name: persona.name, text: view.line.text }) : '';
  return (
    <section className="call" aria-labelledby="call-title">
      <h1 id="call-title" className="call__title">
        {flow.heading ? <span className="call__flow">{flow.heading} · </span> : null}
        <span lang={scenario.locale}>{scenario.title}</span>
      </h1>
      {limit}
      <LiveAnnouncer message={announcement} />
      {view.onHold && view.hold ? (
        <Ticking now={now} active={ticking}>
          {(time) => (hold ? <HoldPanel name={persona.name} hold={hold} now={time} /> : null)}
        </Ticking>
      ) : (
        <div lang={scenario.locale}>
          {view.line ? <CustomerLine name={persona.name} text={view.line.text} moodLabel={mood} voice={voice} /> : null}
        </div>
      )}
      {view.muted ? (
        <p className="muted-notice" role="status">
          {t('call.mutedNotice', { name: persona.name })}
        </p>
      ) : null}
      {view.timer && !view.paused ? (
        <div className="call__clock">
          <Ticking now={now} active={ticking}>
            {(time) => (
              <>
                {speakingUntil !== undefined && time < speakingUntil ? <span className="muted">{t('call.speaking', { name: persona.name })}</span> : null}
                {timer ? <Countdown remainingMs={timer.deadline - time} totalMs={timer.durationMs} /> : null}
              </>
            )}
          </Ticking>
        </div>
      ) : null}
      {view.paused ? (
        <p className="paused" role="status">
          {t('call.paused')}
        </p>
      ) : null}
      {answerOutLoud && view.options.length > 0 && !view.paused ? <AnswerRecorder state={answers.state} onToggle={() => void answers.toggle()} /> : null}
      {view.options.length > 0 ? (
        <div lang={scenario.locale}>
          <OptionList options={view.options} onChoose={choose} disabled={view.paused || view.muted} turn={turn} />
        </div>
      ) : null}
      <CallControls
        controls={view.controls}
        paused={view.paused}
        canPause={flow.mode !== 'challenge'}
        onControl={(control) => runControl(call, control)}
        onPause={() => call.pause()}
        onResume={() => call.resume()}
      />
    </section>
  );
}
