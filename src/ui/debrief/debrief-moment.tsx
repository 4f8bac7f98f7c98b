import type { DebriefItem, OptionView, Penalty, SkillAtDecision } from '../../core/scoring/score-types';
import { penaltyText, seconds, warningText } from '../../core/scoring/penalty-text';
import { SKILLS } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** One moment of the call in the debrief: what was said and done, the better option and why, the points. */
export function Moment({ item, customerName: name, locale: lang, said }: { item: DebriefItem; customerName: string; locale: string; said?: string }) {
  const { t, pick, language } = useI18n();
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
  const { t } = useI18n();
  return (
    <p className="moment__better">
      <strong>{t('debrief.better')}</strong> <q lang={lang}>{option.text}</q> <span lang={lang}>{option.feedback}</span>
    </p>
  );
}

function Effects({ skills }: { skills: readonly SkillAtDecision[] }) {
  const { t, pick } = useI18n();
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
  const { pick } = useI18n();
  if (penalties.length === 0) return null;
  return (
    <ul className="moment__penalties">
      {penalties.map((penalty, i) => (
        <li key={i}>{pick(penaltyText(penalty))}</li>
      ))}
    </ul>
  );
}
