import { useId, useRef } from 'react';
import type { Rating } from '../../core/analytics/self-rating';
import type { Skill } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';

const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

interface Props {
  skill: Skill;
  value: Rating | undefined;
  onChange: (value: Rating | undefined) => void;
}

/** One skill of the self-assessment: its name, what it means, and five radio buttons (arrow keys move between them). */
export function SkillRatingField({ skill, value, onChange }: Props) {
  const { t, pick } = useI18n();
  const name = useId();
  const descriptionId = useId();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const label = pick(skill.label);
  const clear = () => {
    onChange(undefined);
    // The button disappears: put focus back in the group it cleared.
    fieldset.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };
  return (
    <fieldset ref={fieldset} className="self-rating" aria-describedby={descriptionId} data-skill={skill.id}>
      <legend className="self-rating__skill">{label}</legend>
      <p id={descriptionId} className="self-rating__definition">
        {pick(skill.definition)}
      </p>
      <div className="self-rating__scale">
        {RATINGS.map((rating) => (
          <label key={rating} className="self-rating__option">
            <input type="radio" name={name} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
            <span className="self-rating__value">{rating}</span> <span className="self-rating__anchor">{t(`self.scale.${rating}`)}</span>
          </label>
        ))}
        {value !== undefined ? (
          <button type="button" className="button button--small self-rating__clear" onClick={clear} aria-label={t('self.clearNamed', { skill: label })}>
            {t('self.clear')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
