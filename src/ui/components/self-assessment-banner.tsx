import { useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/services';
import { selfAssessmentDue } from '../../core/analytics/self-assessment-due';
import { useI18n } from '../i18n/i18n-context';
import { selfAssessmentSnoozed, snoozeSelfAssessment } from '../progress/prompt-snooze';
import '../progress/self-prompt.css';

/**
 * On the home screen: invites the agent to rate themselves when a self-assessment is due (the first
 * time, then a week after the last one). "Not now" quiets it for the rest of the session.
 */
export function SelfAssessmentBanner({ onRate }: { onRate: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [due, setDue] = useState(false);
  const [snoozed, setSnoozed] = useState(() => selfAssessmentSnoozed(services));
  useEffect(() => {
    let live = true;
    services
      .history()
      .then((store) => store.listSelfAssessments())
      .then((assessments) => {
        if (live) setDue(selfAssessmentDue(assessments, services.wallClock.now()));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);
  if (!due || snoozed) return null;

  const notNow = () => {
    snoozeSelfAssessment(services);
    // The button goes away with the banner: keep keyboard users in the page, at the top of the content.
    ref.current?.closest<HTMLElement>('main')?.focus();
    setSnoozed(true);
  };
  return (
    <div ref={ref} className="notice self-prompt" role="status" aria-label={t('selfPrompt.label')}>
      <p className="self-prompt__text">{t('selfPrompt.text')}</p>
      <p className="self-prompt__actions">
        <button type="button" className="button button--small button--primary" onClick={onRate}>
          {t('selfPrompt.rate')}
        </button>
        <button type="button" className="button button--small" onClick={notNow}>
          {t('selfPrompt.later')}
        </button>
      </p>
    </div>
  );
}
