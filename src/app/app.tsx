import { lazy, Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import { hashOf } from '../store/screen';
import type { AppStore } from '../store/app-store';
import { LanguageSwitch } from '../ui/components/language-switch';
import { I18nProvider } from '../ui/i18n/i18n-context';
import { translator } from '../ui/i18n/translate';
import { LibraryScreen } from '../ui/screens/library-screen';
import { useServices } from './services';

const CallScreen = lazy(() => import('../ui/screens/call-screen'));

/** The shell: header, language, and the current screen. */
export function App({ store }: { store: AppStore }) {
  const services = useServices();
  const language = useStore(store, (s) => s.language);
  const setLanguage = useStore(store, (s) => s.setLanguage);
  const screen = useStore(store, (s) => s.screen);
  const visit = useStore(store, (s) => s.visit);
  const go = useStore(store, (s) => s.go);
  const t = translator(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  const card = screen.name === 'call' ? services.cards.find((c) => c.id === screen.scenarioId) : undefined;
  const toLibrary = () => go({ name: 'library' });

  return (
    <I18nProvider language={language}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a className="brand" href={hashOf({ name: 'library' })} onClick={(e) => (e.preventDefault(), toLibrary())}>
          {t('app.name')}
        </a>
        <p className="tagline">{t('app.tagline')}</p>
        <LanguageSwitch value={language} onChange={setLanguage} />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {card ? (
          <Suspense fallback={<p className="muted">{t('call.loading')}</p>}>
            <CallScreen card={card} visit={visit} onAgain={() => go({ name: 'call', scenarioId: card.id })} onLibrary={toLibrary} />
          </Suspense>
        ) : (
          <LibraryScreen cards={services.cards} broken={services.broken} onStart={(c) => go({ name: 'call', scenarioId: c.id })} />
        )}
      </main>
    </I18nProvider>
  );
}
