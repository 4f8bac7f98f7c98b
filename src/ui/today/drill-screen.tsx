import { useCallback, useState } from 'react';
import { useStore } from 'zustand';
import { useServices } from '../shared/services';
import type { AppStore } from '../../store/app-store';
import { useI18n } from '../i18n/i18n-context';
import CallScreen from '../call/call-screen';

/**
 * Today's drill, one call after the other. A call counts as done once it is saved; the end screen
 * stays until the agent moves on, and a drill left half-way resumes at the first call not done.
 */
export default function DrillScreen({ store }: { store: AppStore }) {
  const { t } = useI18n();
  const services = useServices();
  const drill = useStore(store, (s) => s.drill);
  const markDone = useStore(store, (s) => s.markDrillCallDone);
  const go = useStore(store, (s) => s.go);
  const [active, setActive] = useState(() => (drill ? drill.calls.findIndex((id) => !drill.done.includes(id)) : -1));
  const scenarioId = drill?.calls[active];
  const card = services.cards.find((c) => c.id === scenarioId);
  const { loadScenarioText } = services;
  const loadText = useCallback(() => loadScenarioText(card?.file ?? ''), [card, loadScenarioText]);
  const onRecorded = useCallback(() => {
    if (scenarioId) markDone(scenarioId);
  }, [markDone, scenarioId]);

  if (!drill || !card) {
    return (
      <section>
        <h1>{t('drill.none')}</h1>
        <button type="button" className="button" onClick={() => go({ name: 'today' })}>
          {t('drill.home')}
        </button>
      </section>
    );
  }
  const last = active >= drill.calls.length - 1;
  return (
    <>
      <p className="drill-progress" role="status">
        {t('drill.heading', { index: active + 1, count: drill.calls.length })}
      </p>
      <CallScreen
        key={card.id}
        card={card}
        loadText={loadText}
        visit={active}
        flow={{
          mode: 'drill',
          onRecorded,
          next: last ? { label: t('drill.finish'), run: () => go({ name: 'today' }) } : { label: t('drill.next'), run: () => setActive((i) => i + 1) },
          ...(last ? {} : { back: { label: t('drill.stop'), run: () => go({ name: 'today' }) } }),
        }}
      />
    </>
  );
}
