import type { SkillInsight } from '../../core/analytics/detect-blind-spots';
import { insightMessage } from '../../core/analytics/insight-message';
import { MIN_EVIDENCE, NOISE_BAND, RECENT_CALLS } from '../../core/scoring/norms';
import { SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';
import { DumbbellChart, DumbbellLegend } from './dumbbell-chart';

/**
 * The heart of the product: where the agent's view of themselves and their calls disagree.
 * `insights` come ordered (blind spots first, then hidden strengths); the chart, the sentences and
 * the table show the same thing three ways.
 */
export function BlindSpotsSection({ insights }: { insights: readonly SkillInsight[] }) {
  const { t, language } = useI18n();
  return (
    <section className="progress-section" aria-labelledby="blind-title">
      <h2 id="blind-title">{t('blind.title')}</h2>
      <p className="muted">{t('blind.intro', { calls: RECENT_CALLS, band: NOISE_BAND, min: MIN_EVIDENCE })}</p>
      <figure className="dumbbell-figure">
        {/* On a narrow screen the chart scrolls sideways rather than shrink its words: the scroller takes focus so keys can scroll it. */}
        <div className="dumbbell-scroll" tabIndex={0} role="group" aria-labelledby="blind-title">
          <DumbbellChart insights={insights} />
        </div>
        <figcaption>
          <DumbbellLegend />
        </figcaption>
      </figure>
      <h3>{t('blind.inWords')}</h3>
      <ul className="insights" data-testid="insights">
        {insights.map((insight) => (
          <li key={insight.skill} className={`insight insight--${insight.status}`} data-skill={insight.skill} data-status={insight.status}>
            <span className="insight__status">{t(`blind.status.${insight.status}`)}</span> · {insightMessage(insight, language)}
          </li>
        ))}
      </ul>
      <details className="numbers">
        <summary>{t('blind.numbers')}</summary>
        <InsightTable insights={insights} />
      </details>
    </section>
  );
}

function InsightTable({ insights }: { insights: readonly SkillInsight[] }) {
  const { t, pick } = useI18n();
  return (
    <table className="data-table">
      <caption>{t('blind.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('blind.col.skill')}</th>
          <th scope="col">{t('blind.col.self')}</th>
          <th scope="col">{t('blind.col.measured')}</th>
          <th scope="col">{t('blind.col.evidence')}</th>
          <th scope="col">{t('blind.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {insights.map((insight) => (
          <tr key={insight.skill}>
            <th scope="row">{pick(SKILLS[insight.skill].label)}</th>
            <td>
              {insight.selfRating !== undefined && insight.selfScore !== undefined
                ? t('blind.selfValue', { rating: insight.selfRating, score: insight.selfScore })
                : t('blind.notRated')}
            </td>
            <td>{insight.measured !== undefined ? Math.round(insight.measured) : t('blind.notMeasured')}</td>
            <td>{insight.evidence}</td>
            <td>{t(`blind.status.${insight.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
