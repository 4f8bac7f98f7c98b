import { Suspense, useEffect } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from '../store/app-store';
import { AppNav } from '../ui/shell/app-nav';
import { InterruptedNotice } from '../ui/shell/interrupted-notice';
import { LanguageSwitch } from '../ui/shell/language-switch';
import { I18nProvider } from '../ui/i18n/i18n-context';
import { translator } from '../ui/i18n/translate';
import { ScreenView } from './screen-view';
import { useServices } from '../ui/shared/services';
import { StoreContext } from '../ui/shared/store-context';

/** The shell: header, navigation, language, and the current screen. */
export function App({ store }: { store: AppStore }) {
  const services = useServices();
  const language = useStore(store, (s) => s.language);
  const setLanguage = useStore(store, (s) => s.setLanguage);
  const screen = useStore(store, (s) => s.screen);
  const visit = useStore(store, (s) => s.visit);
  const t = translator(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

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
          <Suspense fallback={<p className="muted">{t('call.loading')}</p>}>
            <ScreenView screen={screen} visit={visit} store={store} />
          </Suspense>
        </main>
      </I18nProvider>
    </StoreContext.Provider>
  );
}
