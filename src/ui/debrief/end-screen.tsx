import { useEffect, useRef } from 'react';
import type { CallView } from '../../core/engine/call-view';
import { transcriptOf } from '../../core/engine/transcript';
import { OUTCOMES } from '../../core/scenario/outcomes';
import type { Rating } from '../../core/analytics/self-rating';
import type { Scenario } from '../../core/scenario/scenario-types';
import type { CallScore } from '../../core/scoring/score-types';
import { DebriefView } from './debrief-view';
import { QuickRating } from './quick-rating';
import { useServices } from '../shared/services';
import type { SaveState } from '../call/use-call-recorder';
import { useCallRecordings } from './use-call-recordings';
import type { CallFlow } from '../call/call-flow';
import { formatDuration } from '../shared/format-duration';
import { Transcript } from '../call/transcript';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  scenario: Scenario;
  view: CallView;
  score: CallScore | undefined;
  saved: SaveState;
  /** The call's record id on the device (its recordings are kept under it). */
  callId: string;
  /** How many of its recordings are saved so far (they are read again when this changes). */
  recordingsSaved: number;
  onRate: (rating: Rating) => void;
  flow: CallFlow;
}

/** How the call ended, and the whole transcript. */
export function EndScreen({ scenario, view, score, saved, callId, recordingsSaved, onRate, flow }: Props) {
  const { t, pick } = useI18n();
  const { history } = useServices();
  const recordings = useCallRecordings(history, callId, saved === 'saved', recordingsSaved);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const outcome = view.outcome;
  const info = outcome ? OUTCOMES[outcome.kind] : undefined;
  const duration = view.log.at(-1)?.at ?? 0;
  return (
    <section className="end" aria-labelledby="end-title">
      <h1 id="end-title" ref={heading} tabIndex={-1}>
        {t('end.title')}
      </h1>
      {outcome && info ? (
        <div className={`outcome outcome--${info.valence}`} data-testid="outcome" data-outcome={outcome.kind}>
          <h2 className="outcome__label">
            <span className="visually-hidden">{t('end.outcome')}: </span>
            {pick(info.label)}
          </h2>
          <p className="outcome__valence">{t(`valence.${info.valence}`)}</p>
          {outcome.summary ? (
            <p className="outcome__summary" lang={scenario.locale}>
              {outcome.summary}
            </p>
          ) : null}
          {outcome.reason !== 'final' ? <p className="outcome__summary">{t(`end.reason.${outcome.reason}`)}</p> : null}
          <p className="muted">{t('end.duration', { duration: formatDuration(duration) })}</p>
          <p className="muted" role="status">
            {t(saved === 'saved' ? 'debrief.saved' : saved === 'failed' ? 'debrief.saveFailed' : 'debrief.saving')}
          </p>
        </div>
      ) : null}
      <QuickRating onRate={onRate} />
      <div className="end__actions">
        <button type="button" className="button button--primary" onClick={flow.next.run}>
          {flow.next.label}
        </button>
        {flow.back ? (
          <button type="button" className="button" onClick={flow.back.run}>
            {flow.back.label}
          </button>
        ) : null}
      </div>
      {recordings.urls.size > 0 ? (
        <p>
          <button type="button" className="button button--small" onClick={() => void recordings.remove()}>
            {t('record.delete')}
          </button>
        </p>
      ) : null}
      {score ? <DebriefView score={score} customerName={scenario.persona.name} locale={scenario.locale} recordings={recordings.urls} /> : null}
      <section aria-labelledby="transcript-title">
        <h2 id="transcript-title">{t('end.transcript')}</h2>
        <div lang={scenario.locale}>
          <Transcript entries={transcriptOf(view.log)} customerName={scenario.persona.name} />
        </div>
      </section>
    </section>
  );
}
