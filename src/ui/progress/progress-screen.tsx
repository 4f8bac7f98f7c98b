import { useEffect, useMemo, useRef } from 'react';
import { useServices } from '../shared/services';
import { detectBlindSpots } from '../../core/analytics/detect-blind-spots';
import { orderInsights } from '../../core/analytics/order-insights';
import type { SelfAssessmentRecord } from '../../core/history/call-record';
import { progressOf } from '../../core/history/progress';
import type { RepairedHistory } from '../../core/history/record-migrations';
import { scoredCalls } from '../../core/history/scored-calls';
import { useI18n } from '../i18n/i18n-context';
import { BackupPanel } from './backup-panel';
import { BlindSpotsSection } from './blind-spots-section';
import { CallHistoryList } from './call-history-list';
import { useDateFormat } from '../shared/format-date';
import { pluralForm } from '../shared/plural';
import { ProgressFigures } from './progress-figures';
import { SkillTrend } from './skill-trend';
import { useHistoryData } from '../shared/use-history-data';
import './progress.css';

/** "My skills" (`#/progress`): blind spots, progress over time, the call history, and backups. */
export default function ProgressScreen({ onRateYourself }: { onRateYourself: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, reload } = useHistoryData();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="progress" aria-labelledby="progress-title">
      <h1 id="progress-title" ref={heading} tabIndex={-1}>
        {t('progress.title')}
      </h1>
      {data.state === 'loading' ? (
        <p className="muted" role="status">
          {t('progress.loading')}
        </p>
      ) : data.state === 'failed' ? (
        <p role="alert">{t('progress.loadFailed')}</p>
      ) : (
        <ProgressContent calls={data.calls} selfAssessments={data.selfAssessments} onRateYourself={onRateYourself} onImported={reload} />
      )}
    </section>
  );
}

interface ContentProps {
  calls: RepairedHistory;
  selfAssessments: readonly SelfAssessmentRecord[];
  onRateYourself: () => void;
  onImported: () => void;
}

function ProgressContent({ calls, selfAssessments, onRateYourself, onImported }: ContentProps) {
  const { t, language } = useI18n();
  const dates = useDateFormat();
  const { wallClock } = useServices();
  const records = calls.records;
  const insights = useMemo(() => orderInsights(detectBlindSpots({ selfRatings: selfAssessments, calls: scoredCalls(records) })), [records, selfAssessments]);
  const progress = useMemo(() => progressOf(records, wallClock.now(), wallClock.timeZone), [records, wallClock]);
  const titles = useMemo(() => new Map(records.map((r) => [r.startedAt, r.scenarioTitle])), [records]);
  const lastRated = selfAssessments.reduce<number | undefined>((last, a) => (last === undefined || a.at > last ? a.at : last), undefined);
  const unreadable = calls.unreadable.length;
  return (
    <>
      {unreadable > 0 ? (
        <p className="notice" role="status">
          {t(`progress.unreadable.${pluralForm(language, unreadable)}`, { count: unreadable })}
        </p>
      ) : null}
      <div className="progress__rate">
        <p data-testid="last-rated">{lastRated === undefined ? t('progress.neverRated') : t('progress.lastRated', { date: dates.date(lastRated) })}</p>
        <button type="button" className="button button--primary" onClick={onRateYourself}>
          {t('progress.rate')}
        </button>
      </div>
      <BlindSpotsSection insights={insights} />
      <ProgressFigures progress={progress} />
      <SkillTrend progress={progress} titles={titles} />
      <CallHistoryList records={records} />
      <BackupPanel onImported={onImported} />
    </>
  );
}
