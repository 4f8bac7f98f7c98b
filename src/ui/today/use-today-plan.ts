import { useMemo } from 'react';
import { useServices } from '../../app/services';
import { detectBlindSpots } from '../../core/analytics/detect-blind-spots';
import { planDrill, type DrillPlan } from '../../core/drills/plan-drill';
import { playedCalls } from '../../core/drills/played-calls';
import { dayIndex } from '../../core/history/calendar-day';
import { progressOf } from '../../core/history/progress';
import { scoredCalls } from '../../core/history/scored-calls';
import { weekCalendar, type CalendarDay } from '../../core/history/week-calendar';
import type { DrillSession } from '../../store/drill-slice';
import { useI18n } from '../i18n/i18n-context';
import { useHistoryData } from '../hooks/use-history-data';

export type TodayData =
  | { state: 'loading' }
  | { state: 'ready'; today: number; plan: DrillPlan; session: DrillSession | undefined; streak: number; week: CalendarDay[] };

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
    const offset = wallClock.offsetMinutes();
    const today = dayIndex(now, offset);
    const insights = detectBlindSpots({ selfRatings, calls: scoredCalls(records) });
    const candidates = cards.map((card) => ({ id: card.id, language: card.language, skills: card.skills, expectedMinutes: card.expectedMinutes, personaName: card.persona.name }));
    const plan = planDrill(candidates, playedCalls(records, offset), insights, today, { language });
    return {
      state: 'ready',
      today,
      plan,
      session: session?.day === today ? session : undefined,
      streak: progressOf(records, now, offset).streak,
      week: weekCalendar(records, now, offset),
    };
  }, [data, cards, wallClock, session, language]);
}
