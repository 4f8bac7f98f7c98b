import { useRef, useState } from 'react';
import { selfAssessmentDue } from '../../core/analytics/self-assessment-due';
import type { SelfAssessmentRecord } from '../../core/history/call-record';
import { useServices } from '../shared/services';
import { useI18n } from '../i18n/i18n-context';
import { selfAssessmentSnoozed, snoozeSelfAssessment } from './prompt-snooze';
import './self-prompt.css';

/**
 * On the home screen: invites the agent to rate themselves when a self-assessment is due (the first
 * time, then a week after the last one). "Not now" quiets it for the rest of the session.
 * It is given the self-assessments the home screen has read, so it is decided in the same render
 * as the rest of the screen: never a moment later.
 */
export function SelfAssessmentBanner({ assessments, onRate }: { assessments: readonly SelfAssessmentRecord[] | undefined; onRate: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [snoozed, setSnoozed] = useState(() => selfAssessmentSnoozed(services));
  // Nothing to invite to when the history cannot be read: the rating could not be kept.
  if (snoozed || !assessments || !selfAssessmentDue(assessments, services.wallClock.now())) return null;

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
