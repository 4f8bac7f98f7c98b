/**
 * Dates in the interface language and in the wall clock's time zone (services.wallClock), never
 * the host's: the same record shows the same date and time in every test and on every machine
 * whose clock names the same zone. Formatters are built once per language, zone and style.
 */
import { useMemo } from 'react';
import type { Language } from '../../core/i18n/localized';
import { useI18n } from '../i18n/i18n-context';
import { useServices } from './services';

type Style = 'dateTime' | 'date' | 'short';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'long' },
  short: { day: 'numeric', month: 'short' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${language}|${timeZone}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...OPTIONS[style], timeZone });
    cache.set(key, format);
  }
  return format;
}

/** "22 nov. 2026, 10:00" / "Nov 22, 2026, 10:00 AM" */
export function formatDateTime(epochMs: number, language: Language, timeZone: string): string {
  return formatter('dateTime', language, timeZone).format(epochMs);
}

/** "22 novembre 2026" / "November 22, 2026" */
export function formatDate(epochMs: number, language: Language, timeZone: string): string {
  return formatter('date', language, timeZone).format(epochMs);
}

/** "22 nov." / "Nov 22", for chart axes. */
export function formatShortDate(epochMs: number, language: Language, timeZone: string): string {
  return formatter('short', language, timeZone).format(epochMs);
}

export interface DateFormat {
  timeZone: string;
  dateTime: (epochMs: number) => string;
  date: (epochMs: number) => string;
  short: (epochMs: number) => string;
}

/** The three formats bound to the current language and the wall clock's zone. */
export function useDateFormat(): DateFormat {
  const { language } = useI18n();
  const { timeZone } = useServices().wallClock;
  return useMemo(
    () => ({
      timeZone,
      dateTime: (ms) => formatDateTime(ms, language, timeZone),
      date: (ms) => formatDate(ms, language, timeZone),
      short: (ms) => formatShortDate(ms, language, timeZone),
    }),
    [language, timeZone],
  );
}
