import { useCallback, useEffect, useMemo } from 'react';
import { useServices } from '../../app/services';
import type { AudioPlayer } from '../../adapters/audio/audio-player';
import type { Call } from '../../core/engine/call-engine';
import { MOOD_LABELS, moodName } from '../../core/scenario/moods';
import type { Line, Scenario } from '../../core/scenario/scenario-types';
import { scoreCall } from '../../core/scoring/score-call';
import { CallControls } from '../components/call-controls';
import { Countdown } from '../components/countdown';
import { CustomerLine } from '../components/customer-line';
import { IncomingCall } from '../components/incoming-call';
import { LiveAnnouncer } from '../components/live-announcer';
import { OptionList } from '../components/option-list';
import { useCallRecorder } from '../hooks/use-call-recorder';
import { useCallView } from '../hooks/use-call-view';
import { useLineAudio } from '../hooks/use-line-audio';
import { useNumberKeys } from '../hooks/use-number-keys';
import { useTicker } from '../hooks/use-ticker';
import { useI18n } from '../i18n/i18n-context';
import type { CallFlow } from './call-flow';
import { EndScreen } from './end-screen';

interface Props {
  scenario: Scenario;
  call: Call;
  audio: AudioPlayer;
  clipFor: (line: Line) => string | undefined;
  ringtoneUrl: string;
  flow: CallFlow;
}

/** A live call: ringing, then the customer's line, the options and the countdown, then the end screen. */
export function CallInProgress({ scenario, call, audio, clipFor, ringtoneUrl, flow }: Props) {
  const { t, pick } = useI18n();
  const services = useServices();
  const view = useCallView(call);
  const endedLog = view.phase === 'ended' ? view.log : undefined;
  const score = useMemo(() => (endedLog ? scoreCall(scenario, endedLog) : undefined), [scenario, endedLog]);
  const recorder = useCallRecorder(call, scenario, score, services, flow.mode, flow.onRecorded);
  const turn = view.log.filter((event) => event.type === 'line').length;
  const audioStatus = useLineAudio(audio, view.line, turn, clipFor);
  const now = useCallback(() => call.now(), [call]);
  const time = useTicker(now, (view.phase === 'ringing' || view.timer !== undefined) && !view.paused);

  useEffect(() => {
    if (view.phase !== 'ringing') return;
    audio.startLoop(ringtoneUrl);
    return () => audio.stopLoop();
  }, [audio, ringtoneUrl, view.phase]);
  useEffect(() => {
    if (view.phase === 'ended' || view.paused) audio.stop();
  }, [audio, view.phase, view.paused]);

  const chooseByKey = useCallback(
    (digit: number) => {
      const option = call.getView().options.find((o) => o.key === digit);
      if (option) call.choose(option.id);
    },
    [call],
  );
  useNumberKeys(chooseByKey, view.phase === 'talking' && !view.paused);

  if (view.phase === 'ended') {
    return <EndScreen scenario={scenario} view={view} score={score} saved={recorder.saved} onRate={recorder.rate} flow={flow} />;
  }
  const { persona } = scenario;
  if (view.phase === 'ringing') {
    return <IncomingCall name={persona.name} role={persona.role} ringSeconds={Math.floor(time / 1000)} onPickUp={() => call.pickUp()} />;
  }
  const mood = pick(MOOD_LABELS[moodName(view.mood)]);
  return (
    <section className="call" aria-labelledby="call-title">
      <h1 id="call-title" className="call__title">
        <span lang={scenario.locale}>{scenario.title}</span>
      </h1>
      <LiveAnnouncer message={view.line ? t('call.newLine', { name: persona.name, text: view.line.text }) : ''} />
      <div lang={scenario.locale}>
        {view.line ? <CustomerLine name={persona.name} text={view.line.text} moodLabel={mood} audio={audioStatus} /> : null}
      </div>
      {view.timer && !view.paused ? <Countdown remainingMs={view.timer.deadline - time} totalMs={view.timer.durationMs} /> : null}
      {view.paused ? (
        <p className="paused" role="status">
          {t('call.paused')}
        </p>
      ) : null}
      <div lang={scenario.locale}>
        <OptionList options={view.options} onChoose={(id) => call.choose(id)} disabled={view.paused} turn={turn} />
      </div>
      <CallControls paused={view.paused} onPause={() => call.pause()} onResume={() => call.resume()} onHangUp={() => call.hangUp()} />
    </section>
  );
}
