import { useCallback, useEffect, useRef, useState } from 'react';
import type { Services } from '../shared/services';
import type { Rating } from '../../core/analytics/self-rating';
import type { Call } from '../../core/engine/call';
import { CALL_RECORD_VERSION, summarizeScore, type CallMode, type CallRecord } from '../../core/history/call-record';
import type { Scenario } from '../../core/scenario/scenario-types';
import type { CallScore } from '../../core/scoring/score-types';

export type SaveState = 'saving' | 'saved' | 'failed';

/**
 * Keeps the call on the device as it happens: a live copy after every event (so a reload never
 * drops it), then the finished record with its score once the call ends. `rate` stores the
 * agent's quick "how did that call go?" rating on the record.
 */
export function useCallRecorder(
  call: Call,
  scenario: Scenario,
  score: CallScore | undefined,
  services: Services,
  mode: CallMode = 'practice',
  onRecorded?: (record: CallRecord) => void,
) {
  const { history, wallClock, newId } = services;
  // Fixed for the life of the call: its record id, and when it started ringing (wall clock).
  const [identity] = useState(() => ({ id: newId(), startedAt: wallClock.now() }));
  const record = useRef<CallRecord | undefined>(undefined);
  const [saved, setSaved] = useState<SaveState>('saving');
  // The latest callback, without restarting the effects when the parent re-renders.
  const onRecordedRef = useRef(onRecorded);
  useEffect(() => {
    onRecordedRef.current = onRecorded;
  }, [onRecorded]);

  useEffect(() => {
    const { id, startedAt } = identity;
    const base = { id, scenarioId: scenario.id, scenarioTitle: scenario.title, locale: scenario.locale, mode, startedAt };
    let lastLength = -1;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const saveLive = () => {
      pending = undefined;
      const view = call.getView();
      if (view.phase === 'ended' || view.log.length === lastLength) return;
      lastLength = view.log.length;
      void history().then((store) => store.saveLive({ ...base, savedAt: wallClock.now(), log: [...view.log] }));
    };
    // Saved just after the change, in a task of its own: the customer's next line renders first.
    const schedule = () => {
      pending ??= setTimeout(saveLive, 0);
    };
    saveLive();
    const unsubscribe = call.subscribe(schedule);
    return () => {
      unsubscribe();
      if (pending !== undefined) {
        clearTimeout(pending);
        saveLive(); // leaving mid-call: the last change is saved too
      }
    };
  }, [call, scenario, history, wallClock, mode, identity]);

  useEffect(() => {
    if (!score || record.current) return;
    const { id, startedAt } = identity;
    const finished: CallRecord = {
      v: CALL_RECORD_VERSION,
      id,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      locale: scenario.locale,
      mode,
      startedAt,
      endedAt: wallClock.now(),
      status: 'complete',
      log: [...call.getView().log],
      score: summarizeScore(score),
    };
    record.current = finished;
    history()
      .then((store) => store.finishCall(finished))
      .then(
        () => {
          setSaved('saved');
          onRecordedRef.current?.(finished);
        },
        () => {
          // The device could not keep it; whoever runs the call (a challenge) still gets the record.
          setSaved('failed');
          onRecordedRef.current?.(finished);
        },
      );
  }, [score, call, scenario, history, wallClock, mode, identity]);

  const rate = useCallback(
    async (rating: Rating) => {
      if (!record.current) return;
      record.current = { ...record.current, quickRating: rating };
      const store = await history();
      await store.saveCall(record.current);
    },
    [history],
  );

  return { id: identity.id, saved, rate };
}
