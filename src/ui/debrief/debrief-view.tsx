import type { CallScore, DebriefItem, OptionView, Penalty, SkillAtDecision } from '../../core/scoring/score-types';
import { penaltyText, seconds, warningText } from '../../core/scoring/penalty-text';
import { SKILL_IDS, SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  score: CallScore;
  customerName: string;
  /** The scenario's locale: lines, options and feedback are in its language. */
  locale: string;
  /** "Hear yourself": what the agent said at each decision (0 for the first), as playable URLs. */
  recordings?: ReadonlyMap<number, string>;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** Every point explained: the score, fatal errors, skills, then each decision with the better option and why. */
export function DebriefView({ score, customerName, locale, recordings }: Props) {
  const { t, pick, language } = useI18n();
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
          <Moment key={item.index} item={item} customerName={customerName} locale={locale} />
        ))}
      </ol>
    </section>
  );

  function Moment({ item, customerName: name, locale: lang }: { item: DebriefItem; customerName: string; locale: string }) {
    if (item.kind === 'pickup') {
      return (
        <li className="moment moment--system">
          <p>{item.answered ? t('debrief.pickup', { seconds: seconds(item.ringMs, language) }) : t('debrief.unanswered')}</p>
          <Penalties penalties={item.penalties} />
        </li>
      );
    }
    if (item.kind === 'control') {
      const what = item.control === 'hold' && item.agreed ? 'debrief.control.holdAgreed' : (`debrief.control.${item.control}` as const);
      const flawed = item.penalties.length > 0 || item.skills.some((s) => !s.bestChosen);
      return (
        <li className={`moment ${flawed ? 'moment--flawed' : 'moment--system'}`} data-testid="moment-phone">
          <p className="moment__answer">{t(what, { name, seconds: seconds(item.control === 'resume' ? item.heldMs : 0, language) })}</p>
          {item.feedback ? (
            <p className="moment__feedback" lang={lang}>
              {item.feedback}
            </p>
          ) : null}
          {item.skills.length > 0 ? <Effects skills={item.skills} /> : null}
          <Penalties penalties={item.penalties} />
          {item.unmatched ? <p className="muted">{t('debrief.unmatched')}</p> : null}
        </li>
      );
    }
    if (item.kind === 'hold-check-missed') {
      return (
        <li className="moment moment--flawed" data-testid="moment-phone">
          <p className="moment__answer">{t('debrief.holdCheckMissed', { name, seconds: seconds(item.heldMs, language) })}</p>
          <Penalties penalties={item.penalties} />
        </li>
      );
    }
    if (item.kind === 'end') {
      return (
        <li className="moment moment--system">
          <p>{t('debrief.end')}</p>
          <Penalties penalties={item.penalties} />
        </li>
      );
    }
    const chosen = item.kind === 'decision' ? item.chosen : undefined;
    const isBest = item.kind === 'decision' && item.chosenIsBest;
    const said = recordings?.get(decisionNumber.get(item.index) ?? -1);
    return (
      <li className={`moment ${isBest ? 'moment--best' : 'moment--flawed'}`} data-testid="moment">
        {item.line ? (
          <p className="moment__line" lang={lang}>
            <span className="moment__who">{name} : </span>« {item.line} »
          </p>
        ) : null}
        {chosen ? (
          <>
            <p className="moment__answer">
              <span className="moment__who">{t('debrief.you', { seconds: seconds(item.responseMs, language) })} : </span>
              <q lang={lang}>{chosen.text}</q> {isBest ? <strong className="moment__verdict">{t('debrief.best')}</strong> : null}
            </p>
            <p className="moment__feedback" lang={lang}>
              {chosen.feedback}
            </p>
          </>
        ) : (
          <p className="moment__answer">
            {t('debrief.silence', { seconds: seconds(item.responseMs, language) })}
            {item.kind === 'timeout' && item.text ? <span lang={lang}> {item.text}</span> : null}
            {item.kind === 'timeout' && item.feedback ? (
              <span className="moment__feedback" lang={lang}>
                {' '}
                {item.feedback}
              </span>
            ) : null}
          </p>
        )}
        {said ? (
          <div className="moment__voice">
            <span className="moment__who">{t('record.yours')}</span>
            <audio controls preload="metadata" src={said} aria-label={t('record.yours')} />
          </div>
        ) : null}
        {(!isBest || said) && item.bestOption ? <Better option={item.bestOption} locale={lang} /> : null}
        {item.skills.length > 0 ? <Effects skills={item.skills} /> : null}
        <Penalties penalties={item.penalties} />
        {item.warnings.map((warning, i) => (
          <p key={i} className="moment__warning">
            {pick(warningText(warning))}
          </p>
        ))}
        {item.unmatched ? <p className="muted">{t('debrief.unmatched')}</p> : null}
      </li>
    );
  }

  function Better({ option, locale: lang }: { option: OptionView; locale: string }) {
    return (
      <p className="moment__better">
        <strong>{t('debrief.better')}</strong> <q lang={lang}>{option.text}</q> <span lang={lang}>{option.feedback}</span>
      </p>
    );
  }

  function Effects({ skills }: { skills: readonly SkillAtDecision[] }) {
    return (
      <ul className="moment__effects" aria-label={t('debrief.effects')}>
        {skills.map((s) => (
          <li key={s.skill} className={s.bestChosen ? 'effect effect--best' : 'effect'}>
            {t('debrief.effect', { skill: pick(SKILLS[s.skill].label), earned: signed(s.earned), best: signed(s.best) })}
          </li>
        ))}
      </ul>
    );
  }

  function Penalties({ penalties }: { penalties: readonly Penalty[] }) {
    if (penalties.length === 0) return null;
    return (
      <ul className="moment__penalties">
        {penalties.map((penalty, i) => (
          <li key={i}>{pick(penaltyText(penalty))}</li>
        ))}
      </ul>
    );
  }
}
