/** Dates in the interface language, in the device's time zone. */
import type { Language } from '../../core/i18n/localized';

const DATE_TIME: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }),
};
const DATE: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr', { dateStyle: 'long' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long' }),
};
const SHORT: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'short' }),
  en: new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' }),
};

/** "22 nov. 2026, 10:00" / "Nov 22, 2026, 10:00 AM" */
export function formatDateTime(epochMs: number, language: Language): string {
  return DATE_TIME[language].format(epochMs);
}

/** "22 novembre 2026" / "November 22, 2026" */
export function formatDate(epochMs: number, language: Language): string {
  return DATE[language].format(epochMs);
}

/** "22 nov." / "Nov 22", for chart axes. */
export function formatShortDate(epochMs: number, language: Language): string {
  return SHORT[language].format(epochMs);
}
