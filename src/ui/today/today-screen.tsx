import { useStore } from 'zustand';
import { useServices } from '../shared/services';
import type { DrillFocus } from '../../core/drills/plan-drill';
import { SKILLS } from '../../core/skills/skills';
import type { AppStore } from '../../store/app-store';
import { hashOf } from '../../store/screen';
import { SelfAssessmentBanner } from '../self-assessment/self-assessment-banner';
import type { MessageKey } from '../i18n/messages';
import { useI18n } from '../i18n/i18n-context';
import { useTodayPlan } from './use-today-plan';
import { WeekStrip } from './week-strip';
import './today.css';

interface Props {
  store: AppStore;
  onRate: () => void;
}

function reasonKey(focus: DrillFocus): MessageKey {
  return focus.reason === 'review-due' ? (`today.reason.review-due.${Math.min(3, focus.step ?? 0)}` as MessageKey) : (`today.reason.${focus.reason}` as MessageKey);
}

/** The home screen: the streak, the week, and today's drill with what it works on and why. */
export function TodayScreen({ store, onRate }: Props) {
  const { t, pick } = useI18n();
  const { cards } = useServices();
  const session = useStore(store, (s) => s.drill);
  const startDrill = useStore(store, (s) => s.startDrill);
  const go = useStore(store, (s) => s.go);
  const data = useTodayPlan(session);

  if (data.state === 'loading') return <p className="muted">{t('call.loading')}</p>;
  const { plan, streak, week } = data;
  const drill = data.session ?? { day: data.today, calls: plan.calls, done: [], focus: plan.focus };
  const titleOf = (id: string) => cards.find((c) => c.id === id);
  const finished = drill.calls.length > 0 && drill.calls.every((id) => drill.done.includes(id));
  const minutes = drill.calls.reduce((sum, id) => sum + (titleOf(id)?.expectedMinutes ?? 0), 0);

  return (
    <section aria-labelledby="today-title" className="today">
      <h1 id="today-title">{t('today.title')}</h1>
      <SelfAssessmentBanner assessments={data.selfAssessments} onRate={onRate} />
      <div className="today__streak">
        <p className="today__streak-figure">{streak > 0 ? t('today.streak', { days: streak }) : t('today.noStreak')}</p>
        <WeekStrip week={week} />
      </div>

      <section className="drill-card" aria-labelledby="drill-title">
        <h2 id="drill-title">{t('today.drill')}</h2>
        {drill.calls.length === 0 ? (
          <p>{t('today.empty')}</p>
        ) : (
          <>
            <p>{t('today.drillIntro', { minutes: Math.round(minutes), count: drill.calls.length })}</p>
            {drill.focus.length > 0 ? (
              <>
                <h3>{t('today.focus')}</h3>
                <ul className="drill-card__focus">
                  {drill.focus.map((focus) => (
                    <li key={focus.skill}>
                      <strong>{pick(SKILLS[focus.skill].label)}</strong> — {t(reasonKey(focus), { measured: Math.round(focus.measured ?? 0) })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>{t('today.calls')}</h3>
            <ol className="drill-card__calls">
              {drill.calls.map((id) => {
                const card = titleOf(id);
                const done = drill.done.includes(id);
                return (
                  <li key={id} className={done ? 'drill-card__call--done' : undefined}>
                    <span lang={card?.locale}>{card?.title ?? id}</span>
                    {card ? <span className="muted"> · {card.persona.name}</span> : null}
                    {done ? <span className="badge">{t('today.done')}</span> : null}
                  </li>
                );
              })}
            </ol>
            {finished ? (
              <p role="status" className="drill-card__finished">
                {t('today.finished')}
              </p>
            ) : (
              <button
                type="button"
                className="button button--primary button--large"
                onClick={() => {
                  if (!data.session) startDrill(drill);
                  go({ name: 'drill' });
                }}
              >
                {drill.done.length > 0 ? t('today.continue', { next: drill.done.length + 1, count: drill.calls.length }) : t('today.start')}
              </button>
            )}
          </>
        )}
      </section>
      <p>
        <a href={hashOf({ name: 'library' })}>{t('today.library')}</a>
      </p>
    </section>
  );
}
