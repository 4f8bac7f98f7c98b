/** Which plural form a count takes: French says « 0 appel, 1 appel, 2 appels », English "0 calls, 1 call". */
import type { Language } from '../../core/i18n/localized';

const RULES: Record<Language, Intl.PluralRules> = { fr: new Intl.PluralRules('fr'), en: new Intl.PluralRules('en') };

export function pluralForm(language: Language, count: number): 'one' | 'other' {
  return RULES[language].select(count) === 'one' ? 'one' : 'other';
}
