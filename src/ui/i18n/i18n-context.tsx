import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language, Localized } from '../../core/i18n/localized';
import { translator, type Translate } from './translate';

interface I18n {
  language: Language;
  t: Translate;
  /** Picks the current language's text of core data (skill labels, outcomes…). */
  pick: <T>(value: Localized<T>) => T;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ language, t: translator(language), pick: (v) => v[language] }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
