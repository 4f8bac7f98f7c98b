import { useState, type FormEvent } from 'react';
import { answeredRatings, type SelfAssessmentAnswers } from '../../core/history/new-self-assessment';
import { SKILL_IDS, SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';
import { SkillRatingField } from './skill-rating-field';
import '../progress/progress.css';

interface Props {
  /** The latest ratings, when re-rating; the agent changes what has moved. */
  initial: SelfAssessmentAnswers;
  saving: boolean;
  failed: boolean;
  onSave: (answers: SelfAssessmentAnswers) => void;
  onSkip: () => void;
}

/** The twelve skills, each rated 1-5 or left blank; Save needs at least one answer. */
export function SelfAssessmentForm({ initial, saving, failed, onSave, onSkip }: Props) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<SelfAssessmentAnswers>(initial);
  const [empty, setEmpty] = useState(false);
  const answered = Object.keys(answeredRatings(answers)).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answered === 0) {
      setEmpty(true);
      return;
    }
    onSave(answers);
  };
  return (
    <form className="self-form" onSubmit={submit} noValidate>
      {SKILL_IDS.map((id) => (
        <SkillRatingField
          key={id}
          skill={SKILLS[id]}
          value={answers[id]}
          onChange={(value) => {
            setAnswers((current) => ({ ...current, [id]: value }));
            setEmpty(false);
          }}
        />
      ))}
      <p className="muted" aria-live="polite">
        {t('self.count', { count: answered, total: SKILL_IDS.length })}
      </p>
      <div role="alert">
        {empty ? <p className="form-error">{t('self.nothing')}</p> : null}
        {failed ? <p className="form-error">{t('self.saveFailed')}</p> : null}
      </div>
      <div className="self-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('self.save')}
        </button>
        <button type="button" className="button" onClick={onSkip}>
          {t('self.skip')}
        </button>
      </div>
    </form>
  );
}
