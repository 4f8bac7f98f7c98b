import { useMemo } from 'react';
import { useServices } from '../shared/services';
import { detectBlindSpots } from '../../core/analytics/detect-blind-spots';
import { planDrill, type DrillPlan } from '../../core/drills/plan-drill';
import type { SelfAssessmentRecord } from '../../core/history/call-record';
import { playedCalls } from '../../core/drills/played-calls';
import { progressOf } from '../../core/history/progress';
import { scoredCalls } from '../../core/history/scored-calls';
import { weekCalendar, type CalendarDay } from '../../core/history/week-calendar';
import { localDay } from '../../core/time/local-day';
import type { DrillSession } from '../../store/drill-slice';
import { useI18n } from '../i18n/i18n-context';
import { useHistoryData } from '../shared/use-history-data';

export type TodayData =
  | { state: 'loading' }
  | {
      state: 'ready';
      today: number;
      plan: DrillPlan;
      session: DrillSession | undefined;
      streak: number;
      week: CalendarDay[];
      /** Undefined when the history could not be read. */
      selfAssessments: readonly SelfAssessmentRecord[] | undefined;
    };

/** Today's figures and drill: the one in progress if it was started today, else a fresh plan. */
export function useTodayPlan(session: DrillSession | undefined): TodayData {
  const { cards, wallClock } = useServices();
  const { language } = useI18n();
  const { data } = useHistoryData();
  return useMemo((): TodayData => {
    if (data.state === 'loading') return { state: 'loading' };
    const records = data.state === 'ready' ? data.calls.records : [];
    const selfRatings = data.state === 'ready' ? data.selfAssessments : [];
    const now = wallClock.now();
    const zone = wallClock.timeZone;
    const today = localDay(now, zone);
    const insights = detectBlindSpots({ selfRatings, calls: scoredCalls(records) });
    const candidates = cards.map((card) => ({ id: card.id, language: card.language, skills: card.skills, expectedMinutes: card.expectedMinutes, personaName: card.persona.name }));
    const plan = planDrill(candidates, playedCalls(records, zone), insights, today, { language });
    return {
      state: 'ready',
      today,
      plan,
      session: session?.day === today ? session : undefined,
      streak: progressOf(records, now, zone).streak,
      week: weekCalendar(records, now, zone),
      selfAssessments: data.state === 'ready' ? selfRatings : undefined,
    };
  }, [data, cards, wallClock, session, language]);
}
