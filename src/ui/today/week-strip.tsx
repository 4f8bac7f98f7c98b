import type { CalendarDay } from '../../core/history/week-calendar';
import { useI18n } from '../i18n/i18n-context';

const DAY_MS = 86_400_000;

/** Monday to Sunday, with a mark for each day with calls. */
export function WeekStrip({ week }: { week: readonly CalendarDay[] }) {
  const { t, language } = useI18n();
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  const longDay = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  return (
    <ol className="week" aria-label={t('today.week')}>
      {week.map((day) => (
        <li
          key={day.day}
          className={`week__day${day.calls > 0 ? ' week__day--played' : ''}${day.isToday ? ' week__day--today' : ''}${day.isFuture ? ' week__day--future' : ''}`}
          aria-current={day.isToday ? 'date' : undefined}
        >
          <span aria-hidden="true" className="week__name">
            {weekday.format(day.day * DAY_MS)}
          </span>
          <span aria-hidden="true" className="week__mark">
            {day.calls > 0 ? day.calls : ''}
          </span>
          <span className="visually-hidden">{t('today.dayCalls', { day: longDay.format(day.day * DAY_MS), count: day.calls })}</span>
        </li>
      ))}
    </ol>
  );
}
