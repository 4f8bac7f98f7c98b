import { useEffect, useState } from 'react';
import type { Services } from '../shared/services';
import type { CallRecord } from '../../core/history/call-record';
import { useI18n } from '../i18n/i18n-context';

/**
 * On start-up: a call left half-way by an earlier page (reload, crash, closed tab) is recorded as
 * interrupted, and the agent is told so: it is kept, never silently dropped.
 */
export function InterruptedNotice({ history }: { history: Services['history'] }) {
  const { t } = useI18n();
  const [record, setRecord] = useState<CallRecord | undefined>();
  useEffect(() => {
    let live = true;
    history()
      .then((store) => store.recoverInterrupted())
      .then((found) => {
        if (live && found) setRecord(found);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [history]);
  if (!record) return null;
  return (
    <div className="notice" role="status">
      <p>{t('app.interrupted', { title: record.scenarioTitle })}</p>
      <button type="button" className="button button--small" onClick={() => setRecord(undefined)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
