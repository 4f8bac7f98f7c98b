/** A calendar date (YYYY-MM-DD) in the interface language, the same day whatever the time zone. */
import type { Language } from '../../core/i18n/localized';

const FORMATS: Record<Language, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
};

export function formatIsoDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return FORMATS[language].format(Date.UTC(year, month - 1, day));
}
