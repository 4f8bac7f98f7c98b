import { lazy, useCallback } from 'react';
import { useAppStore } from '../shared/store-context';
import { useServices } from '../shared/services';
import { useI18n } from '../i18n/i18n-context';

const CallScreen = lazy(() => import('./call-screen'));

/** A call from the library (or a file the trainer loaded), played for practice; unknown ids go back to the library. */
export function PracticeCall({ scenarioId }: { scenarioId: string }) {
  const { t } = useI18n();
  const { cards, loadScenarioText } = useServices();
  const visit = useAppStore((s) => s.visit);
  const go = useAppStore((s) => s.go);
  // A file the trainer loaded takes precedence over the library's version of the same call.
  const upload = useAppStore((s) => s.uploads[scenarioId]);
  const card = upload?.card ?? cards.find((c) => c.id === scenarioId);
  const loadText = useCallback(() => (upload ? Promise.resolve(upload.text) : loadScenarioText(card?.file ?? '')), [upload, card, loadScenarioText]);
  if (!card) return <p role="alert">{t('call.loadFailed')}</p>;
  return (
    <CallScreen
      card={card}
      loadText={loadText}
      visit={visit}
      flow={{
        mode: 'practice',
        next: { label: t('end.again'), run: () => go({ name: 'call', scenarioId: card.id }) },
        back: { label: t('end.library'), run: () => go({ name: 'library' }) },
      }}
    />
  );
}
