import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../store/app-store';
import { AppNav } from '../ui/components/app-nav';
import { InterruptedNotice } from '../ui/components/interrupted-notice';
import { LanguageSwitch } from '../ui/components/language-switch';
import { I18nProvider } from '../ui/i18n/i18n-context';
import { translator } from '../ui/i18n/translate';
import { LibraryScreen } from '../ui/screens/library-screen';
import { TodayScreen } from '../ui/screens/today-screen';
import { useServices } from './services';
import { StoreContext } from './store-context';

const CallScreen = lazy(() => import('../ui/screens/call-screen'));
const CheckFileScreen = lazy(() => import('../ui/screens/check-file-screen'));
const ProgressScreen = lazy(() => import('../ui/screens/progress-screen'));
const DrillScreen = lazy(() => import('../ui/screens/drill-screen'));
const SettingsScreen = lazy(() => import('../ui/screens/settings-screen'));
const ChallengesScreen = lazy(() => import('../ui/screens/challenges-screen'));
const ChallengePlayScreen = lazy(() => import('../ui/screens/challenge-play-screen'));
const TeamBoardScreen = lazy(() => import('../ui/screens/team-board-screen'));
const SelfAssessmentScreen = lazy(() => import('../ui/screens/self-assessment-screen'));

/** The shell: header, navigation, language, and the current screen. */
export function App({ store }: { store: AppStore }) {
  const services = useServices();
  const language = useStore(store, (s) => s.language);
  const setLanguage = useStore(store, (s) => s.setLanguage);
  const screen = useStore(store, (s) => s.screen);
  const visit = useStore(store, (s) => s.visit);
  const go = useStore(store, (s) => s.go);
  const uploads = useStore(store, (s) => s.uploads);
  const addUpload = useStore(store, (s) => s.addUpload);
  const t = translator(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  // A file the trainer loaded takes precedence over the library's version of the same call.
  const upload = screen.name === 'call' ? uploads[screen.scenarioId] : undefined;
  const card = screen.name === 'call' ? (upload?.card ?? services.cards.find((c) => c.id === screen.scenarioId)) : undefined;
  const { loadScenarioText } = services;
  const loadText = useCallback(
    () => (upload ? Promise.resolve(upload.text) : loadScenarioText(card?.file ?? '')),
    [upload, card, loadScenarioText],
  );
  const toLibrary = () => go({ name: 'library' });
  const loading = <p className="muted">{t('call.loading')}</p>;

  return (
    <StoreContext.Provider value={store}>
    <I18nProvider language={language}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <AppNav current={screen.name} />
        <LanguageSwitch value={language} onChange={setLanguage} />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <InterruptedNotice history={services.history} />
        {card ? (
          <Suspense fallback={loading}>
            <CallScreen
              card={card}
              loadText={loadText}
              visit={visit}
              flow={{
                mode: 'practice',
                next: { label: t('end.again'), run: () => go({ name: 'call', scenarioId: card.id }) },
                back: { label: t('end.library'), run: toLibrary },
              }}
            />
          </Suspense>
        ) : screen.name === 'check' ? (
          <Suspense fallback={loading}>
            <CheckFileScreen
              onPlay={(checked) => {
                addUpload(checked);
                go({ name: 'call', scenarioId: checked.card.id });
              }}
            />
          </Suspense>
        ) : screen.name === 'progress' ? (
          <Suspense fallback={loading}>
            <ProgressScreen onRateYourself={() => go({ name: 'self' })} />
          </Suspense>
        ) : screen.name === 'drill' ? (
          <Suspense fallback={loading}>
            <DrillScreen key={visit} store={store} />
          </Suspense>
        ) : screen.name === 'today' ? (
          <TodayScreen store={store} onRate={() => go({ name: 'self' })} />
        ) : screen.name === 'challenges' ? (
          <Suspense fallback={loading}>
            <ChallengesScreen />
          </Suspense>
        ) : screen.name === 'challenge' ? (
          <Suspense fallback={loading}>
            <ChallengePlayScreen key={`${screen.code}:${visit}`} code={screen.code} />
          </Suspense>
        ) : screen.name === 'board' ? (
          <Suspense fallback={loading}>
            <TeamBoardScreen />
          </Suspense>
        ) : screen.name === 'settings' ? (
          <Suspense fallback={loading}>
            <SettingsScreen />
          </Suspense>
        ) : screen.name === 'self' ? (
          <Suspense fallback={loading}>
            <SelfAssessmentScreen onDone={() => go({ name: 'progress' })} onSkip={() => go({ name: 'today' })} />
          </Suspense>
        ) : (
          <LibraryScreen cards={services.cards} broken={services.broken} onStart={(c) => go({ name: 'call', scenarioId: c.id })} />
        )}
      </main>
    </I18nProvider>
    </StoreContext.Provider>
  );
}
