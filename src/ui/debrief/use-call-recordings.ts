import { useCallback, useEffect, useState } from 'react';
import type { Services } from '../shared/services';

/**
 * The answers the agent said out loud in one call, as playable URLs by decision number, read from
 * the device once the call is saved; `remove` deletes them (from the device too).
 */
export function useCallRecordings(history: Services['history'], callId: string, ready: boolean, version = 0) {
  const [urls, setUrls] = useState<ReadonlyMap<number, string>>(new Map());
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const made: string[] = [];
    void history()
      .then((store) => store.recordingsOf(callId))
      .then((recordings) => {
        if (!live) return;
        const map = new Map<number, string>();
        for (const recording of recordings) {
          const url = URL.createObjectURL(recording.blob);
          made.push(url);
          map.set(recording.decision, url);
        }
        setUrls(map);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [history, callId, ready, version]);
  const remove = useCallback(async () => {
    await (await history()).deleteRecordings(callId);
    setUrls(new Map());
  }, [history, callId]);
  return { urls, remove };
}
