import type { ScenarioSummary } from '../../core/checker/summarize-scenario';
import { OUTCOMES } from '../../core/scenario/outcomes';
import { SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';

function signed(value: number | null): string {
  if (value === null) return '–';
  return value > 0 ? `+${value}` : String(value);
}

/** The checker's figures for one call: size, outcomes and their paths, call length, skill ranges. */
export function ScenarioSummaryView({ summary }: { summary: ScenarioSummary }) {
  const { t, pick } = useI18n();
  return (
    <div className="summary">
      <p>
        {t('check.summary.size', {
          states: summary.states,
          decisionStates: summary.decisionStates,
          finals: summary.finalStates,
          options: summary.decisions,
        })}
      </p>
      <p>
        {summary.shortestCall === null
          ? t('check.summary.noFinal')
          : t('check.summary.length', {
              shortest: summary.shortestCall,
              longest: summary.longestCall === null ? '–' : `${summary.longestCall}${summary.longestCallUnbounded ? ' +' : ''}`,
            })}
      </p>
      <table>
        <caption>{t('check.summary.outcomes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('check.summary.state')}</th>
            <th scope="col">{t('check.summary.kind')}</th>
            <th scope="col">{t('check.summary.paths')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.outcomes.map((outcome) => (
            <tr key={outcome.state}>
              <td>
                <code>{outcome.state}</code>
              </td>
              <td>{pick(OUTCOMES[outcome.kind].label)}</td>
              <td>
                {outcome.paths}
                {outcome.throughLoop ? ` ${t('check.summary.loops')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.skills.length > 0 ? (
        <table>
          <caption>{t('check.summary.skills')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('check.summary.skill')}</th>
              <th scope="col">{t('check.summary.lowest')}</th>
              <th scope="col">{t('check.summary.highest')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.skills.map((range) => (
              <tr key={range.skill}>
                <th scope="row">
                  {pick(SKILLS[range.skill].label)} ({range.skill}){range.declared ? '' : ` ${t('check.summary.undeclared')}`}
                </th>
                <td>
                  {signed(range.min)}
                  {range.fallsInLoops ? ' ↓' : ''}
                </td>
                <td>
                  {signed(range.max)}
                  {range.growsInLoops ? ' ↑' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
