import type { Progress } from '../../core/history/progress';
import { useI18n } from '../i18n/i18n-context';
import { pluralForm } from '../shared/plural';

/** Calls played, the current streak, active days and outcomes, as a description list. */
export function ProgressFigures({ progress }: { progress: Progress }) {
  const { t, language } = useI18n();
  const days = (count: number) => t(`figures.days.${pluralForm(language, count)}`, { count });
  return (
    <section className="progress-section" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('figures.title')}</h2>
      <dl className="figures" data-testid="figures">
        <div className="figure">
          <dt>{t('figures.played')}</dt>
          <dd data-testid="figure-played">{progress.played}</dd>
        </div>
        <div className="figure">
          <dt>{t('figures.streak')}</dt>
          <dd data-testid="figure-streak">{days(progress.streak)}</dd>
        </div>
        <div className="figure">
          <dt>{t('figures.activeDays')}</dt>
          <dd data-testid="figure-active-days">{progress.activeDays}</dd>
        </div>
        {progress.interrupted > 0 ? (
          <div className="figure">
            <dt>{t('figures.interrupted')}</dt>
            <dd>{progress.interrupted}</dd>
          </div>
        ) : null}
        <div className="figure figure--wide">
          <dt>{t('figures.outcomes')}</dt>
          <dd>
            <ul className="outcome-counts" data-testid="figure-outcomes">
              {(['good', 'mixed', 'bad'] as const).map((valence) => (
                <li key={valence} className={`outcome-count outcome-count--${valence}`}>
                  <span className="outcome-count__n">{progress.outcomes[valence]}</span> {t(`valence.${valence}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
