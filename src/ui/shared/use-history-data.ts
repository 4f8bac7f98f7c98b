import { useCallback, useEffect, useState } from 'react';
import { useServices } from './services';
import type { SelfAssessmentRecord } from '../../core/history/call-record';
import type { RepairedHistory } from '../../core/history/record-migrations';

export type HistoryData =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; calls: RepairedHistory; selfAssessments: SelfAssessmentRecord[] };

/** The calls and self-assessments on the device, read once and again on `reload` (after an import). */
export function useHistoryData(): { data: HistoryData; reload: () => void } {
  const { history } = useServices();
  const [data, setData] = useState<HistoryData>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    history()
      .then(async (store) => {
        const [calls, selfAssessments] = await Promise.all([store.listCalls(), store.listSelfAssessments()]);
        if (live) setData({ state: 'ready', calls, selfAssessments });
      })
      .catch(() => {
        if (live) setData({ state: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [history, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, reload };
}
