import type { CallScore } from '../../core/scoring/score-types';
import { SKILL_IDS, SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';
import { Moment } from './debrief-moment';

interface Props {
  score: CallScore;
  customerName: string;
  /** The scenario's locale: lines, options and feedback are in its language. */
  locale: string;
  /** "Hear yourself": what the agent said at each decision (0 for the first), as playable URLs. */
  recordings?: ReadonlyMap<number, string>;
}

/** Every point explained: the score, fatal errors, skills, then each decision with the better option and why. */
export function DebriefView({ score, customerName, locale, recordings }: Props) {
  const { t, pick } = useI18n();
  // The n-th decision of the call is the n-th `decision` item: recordings are kept by that number.
  const decisionNumber = new Map<number, number>();
  for (const item of score.debrief) if (item.kind === 'decision') decisionNumber.set(item.index, decisionNumber.size);
  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h2 id="debrief-title">{t('debrief.title')}</h2>
      {score.failed ? (
        <div className="debrief__failed" role="alert">
          <p className="debrief__headline">{t('debrief.failed')}</p>
          <ul>
            {score.fatal.map((fatal) => (
              <li key={fatal.index}>
                <strong>{t(`debrief.fatal.${fatal.kind}`)}</strong> — <q lang={locale}>{fatal.text}</q>{' '}
                <span lang={locale}>{fatal.feedback}</span>
              </li>
            ))}
          </ul>
          <p>{t('debrief.failedWithout', { score: Math.round(score.overallBeforeFatal) })}</p>
        </div>
      ) : (
        <p className="debrief__headline" data-testid="call-score">
          {t('debrief.score', { score: Math.round(score.overall) })}
        </p>
      )}

      <table className="debrief__skills">
        <caption>{t('debrief.skills')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('debrief.skill')}</th>
            <th scope="col">{t('debrief.skillScore')}</th>
            <th scope="col">{t('debrief.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {SKILL_IDS.filter((id) => score.skills[id]).map((id) => {
            const tally = score.skills[id];
            return (
              <tr key={id}>
                <th scope="row">{pick(SKILLS[id].label)}</th>
                <td>{Math.round(tally?.score ?? 0)}/100</td>
                <td>{tally?.decisions ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>{t('debrief.moments')}</h3>
      <ol className="moments">
        {score.debrief.map((item) => (
          <Moment key={item.index} item={item} customerName={customerName} locale={locale} said={recordings?.get(decisionNumber.get(item.index) ?? -1)} />
        ))}
      </ol>
    </section>
  );
}
