/** Message lookup with `{name}` placeholders. Values are inserted as text, never as markup. */
import type { Language } from '../../core/i18n/localized';
import { en, fr, type MessageKey, type Messages } from './messages';

export const CATALOGS: Record<Language, Messages> = { en, fr };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  return (key, params) => {
    const template = catalog[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** The first of the browser's preferred languages that we speak; English otherwise. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}
