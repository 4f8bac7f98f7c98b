import { useId, useState } from 'react';
import type { Rating } from '../../core/analytics/self-rating';
import { useI18n } from '../i18n/i18n-context';

const RATINGS: Rating[] = [1, 2, 3, 4, 5];

/** "How did that call go?" in one keypress: five radio buttons, optional. */
export function QuickRating({ onRate }: { onRate: (rating: Rating) => void }) {
  const { t } = useI18n();
  const name = useId();
  const [value, setValue] = useState<Rating | undefined>();
  return (
    <fieldset className="quick-rating">
      <legend>{t('rating.question')}</legend>
      <div className="quick-rating__scale">
        <span aria-hidden="true" className="muted">
          {t('rating.low')}
        </span>
        {RATINGS.map((rating) => (
          <label key={rating} className="quick-rating__option">
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => {
                setValue(rating);
                onRate(rating);
              }}
              aria-label={t('rating.value', { value: rating })}
            />
            <span aria-hidden="true">{rating}</span>
          </label>
        ))}
        <span aria-hidden="true" className="muted">
          {t('rating.high')}
        </span>
      </div>
      <p role="status" className="muted">
        {value ? t('rating.thanks') : ''}
      </p>
    </fieldset>
  );
}
