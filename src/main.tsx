/** Composition root: real adapters in, app out. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserClock } from './adapters/clock/browser-clock';
import { browserWallClock } from './adapters/clock/wall-clock';
import { brokenCards, libraryCards, loadScenarioText } from './adapters/scenarios/scenario-source';
import { browserMicrophone } from './adapters/microphone/microphone';
import { webSpeech } from './adapters/speech/speech';
import { downloadFile } from './adapters/storage/download-file';
import type { HistoryStore } from './adapters/storage/history-db';
import { safeLocalStorage } from './adapters/storage/safe-local-storage';
import { App } from './app/app';
import { ServicesContext, type Services } from './ui/shared/services';
import { syncHash } from './app/sync-hash';
import { createAppStore } from './store/app-store';
import { screenFromHash } from './store/screen';
import { detectLanguage } from './ui/i18n/translate';
import './ui/styles.css';

let history: Promise<HistoryStore> | undefined;

const services: Services = {
  clock: browserClock,
  cards: libraryCards(),
  broken: brokenCards(),
  loadScenarioText,
  loadAudioManifest: () => fetch('audio/manifest.json').then((r) => (r.ok ? r.json() : undefined)),
  createAudio: () => import('./adapters/audio/howler-audio-player').then((m) => new m.HowlerAudioPlayer()),
  speech: webSpeech(),
  microphone: browserMicrophone(),
  sounds: { ring: 'audio/ui/ring.ogg', hold: 'audio/ui/hold.ogg', line: 'audio/ui/line.ogg' },
  existingFiles: async (paths) => {
    const found = await Promise.all(paths.map((path) => fetch(path, { method: 'HEAD' }).then((r) => r.ok, () => false)));
    return new Set(paths.filter((_, i) => found[i]));
  },
  // Loaded on first use: the record schemas (zod) stay out of the first screen's bundle.
  history: () => (history ??= import('./adapters/storage/history-db').then((m) => m.openHistory())),
  wallClock: browserWallClock(),
  newId: () => crypto.randomUUID(),
  download: downloadFile,
};

const store = createAppStore({
  language: detectLanguage(navigator.languages),
  screen: screenFromHash(window.location.hash),
  storage: safeLocalStorage(),
});
syncHash(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ServicesContext.Provider value={services}>
        <App store={store} />
      </ServicesContext.Provider>
    </StrictMode>,
  );
}
