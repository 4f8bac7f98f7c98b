import { describe, expect, it } from 'vitest';
import { en, fr } from '../../src/ui/i18n/messages';
import { detectLanguage, translator } from '../../src/ui/i18n/translate';

describe('interface text', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const french = fr[key as keyof typeof fr];
      expect(text.trim(), key).not.toBe('');
      expect(french.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(french), key).toEqual(names(text));
    }
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('library.startNamed', { title: '<b>x</b>' })).toBe('Start call: <b>x</b>');
    expect(t('library.startNamed')).toBe('Start call: {title}');
  });

  it('picks the first supported browser language, English otherwise', () => {
    expect(detectLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(['en-GB'])).toBe('en');
    expect(detectLanguage(['es'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
