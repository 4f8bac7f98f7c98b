import { useId, useMemo, useState } from 'react';
import type { Progress } from '../../core/history/progress';
import { SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';
import { useDateFormat } from '../shared/format-date';
import { TrendChart } from './trend-chart';
import { alignedData, trendChoices, trendPoints, trendSummary, type TrendId } from './trend-series';

/** Each skill (or the overall score) over time: a selector, the chart, a sentence, and the numbers. */
/** `titles`: each call's title by its start time (the points' `at`). */
export function SkillTrend({ progress, titles }: { progress: Progress; titles: ReadonlyMap<number, string> }) {
  const { t, pick } = useI18n();
  const dates = useDateFormat();
  const selectId = useId();
  const choices = trendChoices(progress);
  const [chosen, setChosen] = useState<TrendId>('overall');
  const id = choices.includes(chosen) ? chosen : 'overall';
  const name = (choice: TrendId) => (choice === 'overall' ? t('trend.overall') : pick(SKILLS[choice].label));
  const points = useMemo(() => trendPoints(progress, id), [progress, id]);
  const data = useMemo(() => alignedData(points), [points]);
  const summary = trendSummary(points);
  const summaryId = useId();
  const sentence = summary ? t(summary.count === 1 ? 'trend.summary.one' : 'trend.summary.other', { skill: name(id), ...summary }) : '';

  return (
    <section className="progress-section" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('trend.title')}</h2>
      {progress.overall.length === 0 ? (
        <p>{t('trend.empty')}</p>
      ) : (
        <>
          <p className="trend-choose">
            <label htmlFor={selectId}>{t('trend.choose')}</label>{' '}
            <select id={selectId} value={id} onChange={(event) => setChosen(event.target.value as TrendId)}>
              {choices.map((choice) => (
                <option key={choice} value={choice}>
                  {name(choice)}
                </option>
              ))}
            </select>
          </p>
          <TrendChart data={data} labelledBy={summaryId} seriesLabel={name(id)} dates={dates} />
          <p id={summaryId} data-testid="trend-summary">
            {sentence}
          </p>
          <details className="numbers">
            <summary>{t('trend.numbers')}</summary>
            <table className="data-table">
              <caption>{t('trend.table', { skill: name(id) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trend.col.date')}</th>
                  <th scope="col">{t('trend.col.call')}</th>
                  <th scope="col">{t('trend.col.score')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point, index) => (
                  <tr key={`${point.at}-${index}`}>
                    <td>{dates.dateTime(point.at)}</td>
                    <td>{titles.get(point.at) ?? ''}</td>
                    <td>{Math.round(point.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
