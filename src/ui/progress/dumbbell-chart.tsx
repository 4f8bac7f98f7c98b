import type { SkillInsight } from '../../core/analytics/detect-blind-spots';
import { countStatuses } from '../../core/analytics/order-insights';
import { SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';
import { DUMBBELL, dumbbellHeight, dumbbellRows, xOf } from './dumbbell-layout';

/**
 * Self-rating against measured score, per skill, as a "dumbbell": an open diamond for the rating,
 * a filled dot for the measure, a line between them, coloured (and named on the right) by verdict.
 * One image for screen readers (role="img" with a summary); the sentences and the table say it all in words.
 */
export function DumbbellChart({ insights }: { insights: readonly SkillInsight[] }) {
  const { t, pick } = useI18n();
  const counts = countStatuses(insights);
  const rows = dumbbellRows(insights);
  const height = dumbbellHeight(rows.length);
  const label = t('blind.chartLabel', {
    blind: counts['blind-spot'],
    hidden: counts['hidden-strength'],
    aligned: counts.aligned,
    thin: counts['not-enough-evidence'],
    unrated: counts['not-rated'],
  });
  return (
    <svg className="dumbbell" viewBox={`0 0 ${DUMBBELL.width} ${height}`} role="img" aria-label={label} data-testid="dumbbell-chart">
      <g className="dumbbell__axis">
        {DUMBBELL.ticks.map((tick) => (
          <g key={tick}>
            <line x1={xOf(tick)} x2={xOf(tick)} y1={DUMBBELL.top - 6} y2={height - DUMBBELL.bottom} />
            <text x={xOf(tick)} y={DUMBBELL.top - 12} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
      </g>
      {rows.map((row) => {
        const [from, to] = row.selfX !== undefined && row.measuredX !== undefined ? [Math.min(row.selfX, row.measuredX), Math.max(row.selfX, row.measuredX)] : [];
        return (
          <g key={row.skill} className={`dumbbell__row dumbbell__row--${row.status}`} data-skill={row.skill} data-status={row.status}>
            <text className="dumbbell__label" x={DUMBBELL.labelRight} y={row.y} textAnchor="end" dominantBaseline="central">
              {pick(SKILLS[row.skill].label)}
            </text>
            {from !== undefined && to !== undefined ? <line className="dumbbell__gap" x1={from} x2={to} y1={row.y} y2={row.y} /> : null}
            {row.measuredX !== undefined ? <circle className="dumbbell__measured" cx={row.measuredX} cy={row.y} r={7} /> : null}
            {row.selfX !== undefined ? <Diamond x={row.selfX} y={row.y} /> : null}
            <text className="dumbbell__status" x={DUMBBELL.statusLeft} y={row.y} dominantBaseline="central">
              {t(`blind.status.${row.status}`)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Diamond({ x, y, size = 8 }: { x: number; y: number; size?: number }) {
  return <path className="dumbbell__self" d={`M ${x} ${y - size} L ${x + size} ${y} L ${x} ${y + size} L ${x - size} ${y} Z`} />;
}

/** The chart's key, as text: which marker is which, and what each colour means. */
export function DumbbellLegend() {
  const { t } = useI18n();
  return (
    <div className="dumbbell-legend">
      <ul aria-label={t('blind.legend')}>
        <li>
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true" className="dumbbell-legend__mark">
            <path className="dumbbell__self" d="M 0 -7 L 7 0 L 0 7 L -7 0 Z" />
          </svg>
          {t('blind.legend.self')}
        </li>
        <li>
          <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true" className="dumbbell-legend__mark">
            <circle className="dumbbell__measured" r="6" />
          </svg>
          {t('blind.legend.measured')}
        </li>
        {(['blind-spot', 'hidden-strength', 'aligned', 'not-enough-evidence'] as const).map((status) => (
          <li key={status} className={`dumbbell__row--${status}`}>
            <svg width="28" height="18" viewBox="0 -9 28 18" aria-hidden="true" className="dumbbell-legend__mark">
              <line className="dumbbell__gap" x1="2" x2="26" y1="0" y2="0" />
            </svg>
            {t(`blind.status.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
