import { useState } from 'react';
import type { CallRecord } from '../../core/history/call-record';
import { OUTCOMES } from '../../core/scenario/outcomes';
import { useI18n } from '../i18n/i18n-context';
import { useDateFormat } from '../shared/format-date';
import { newestFirst } from './history-order';

/** How many calls show before "Show all". */
const FIRST_PAGE = 20;

/** Every call on the device, newest first: when, which call, how it ended, its score, the agent's feeling. */
export function CallHistoryList({ records }: { records: readonly CallRecord[] }) {
  const { t, pick } = useI18n();
  const dates = useDateFormat();
  const [all, setAll] = useState(false);
  const sorted = newestFirst(records);
  const shown = all ? sorted : sorted.slice(0, FIRST_PAGE);
  return (
    <section className="progress-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {sorted.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ol className="history" data-testid="history">
          {shown.map((record) => (
            <li key={record.id} className={`history__call history__call--${record.score?.outcome.valence ?? 'interrupted'}`} data-call={record.id}>
              <time className="history__when" dateTime={new Date(record.startedAt).toISOString()}>
                {dates.dateTime(record.startedAt)}
              </time>
              <span className="history__title" lang={record.locale}>
                {record.scenarioTitle}
              </span>
              <span className="history__result">
                {record.status === 'interrupted' || !record.score ? (
                  t('history.interrupted')
                ) : (
                  <>
                    {pick(OUTCOMES[record.score.outcome.kind].label)} ·{' '}
                    {record.score.failed ? t('history.failed') : t('history.score', { score: Math.round(record.score.overall) })}
                  </>
                )}
                {record.quickRating ? <> · {t('history.quickRating', { rating: record.quickRating })}</> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
      {!all && sorted.length > FIRST_PAGE ? (
        <button type="button" className="button button--small" onClick={() => setAll(true)}>
          {t('history.showAll', { count: sorted.length })}
        </button>
      ) : null}
    </section>
  );
}
