import { useEffect, useRef, useState } from 'react';
import { useServices } from '../shared/services';
import { latestRatings } from '../../core/analytics/self-rating';
import { newSelfAssessment, type SelfAssessmentAnswers } from '../../core/history/new-self-assessment';
import { SKILL_IDS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';
import { snoozeSelfAssessment } from './prompt-snooze';
import { SelfAssessmentForm } from './self-assessment-form';

type Loaded = { state: 'loading' } | { state: 'ready'; initial: SelfAssessmentAnswers };

/** The agent rates themselves on the twelve skills (`#/self`): short, skippable, pre-filled when re-rating. */
/** `onDone` after saving (to see the picture); `onSkip` when the agent skips (back where they were). */
export default function SelfAssessmentScreen({ onDone, onSkip = onDone }: { onDone: () => void; onSkip?: () => void }) {
  const services = useServices();
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const ready = (initial: SelfAssessmentAnswers) => {
      if (live) setLoaded({ state: 'ready', initial });
    };
    services
      .history()
      .then((store) => store.listSelfAssessments())
      .then((assessments) => {
        const latest = latestRatings(assessments);
        ready(Object.fromEntries(SKILL_IDS.flatMap((id) => (latest[id] ? [[id, latest[id].rating]] : []))));
      })
      // Nothing to pre-fill is no reason not to rate: the save will say if storage is broken.
      .catch(() => ready({}));
    return () => {
      live = false;
    };
  }, [services]);

  const save = async (answers: SelfAssessmentAnswers) => {
    setSaving(true);
    setFailed(false);
    try {
      const store = await services.history();
      await store.saveSelfAssessment(newSelfAssessment(services.newId(), services.wallClock.now(), answers));
      onDone();
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };
  const skip = () => {
    snoozeSelfAssessment(services);
    onSkip();
  };

  return (
    <section aria-labelledby="self-title">
      <h1 id="self-title" ref={heading} tabIndex={-1}>
        {t('self.title')}
      </h1>
      <p className="lead">{t('self.intro')}</p>
      {loaded.state === 'loading' ? (
        <p className="muted">{t('progress.loading')}</p>
      ) : (
        <>
          {Object.keys(loaded.initial).length > 0 ? <p className="muted">{t('self.prefilled')}</p> : null}
          <SelfAssessmentForm initial={loaded.initial} saving={saving} failed={failed} onSave={save} onSkip={skip} />
        </>
      )}
    </section>
  );
}
