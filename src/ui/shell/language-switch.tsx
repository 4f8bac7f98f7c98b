import { LANGUAGES, type Language } from '../../core/i18n/localized';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  value: Language;
  onChange: (language: Language) => void;
}

/** Interface language, switchable at any time; each option is named in its own language. */
export function LanguageSwitch({ value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button--small"
          aria-pressed={value === language}
          onClick={() => onChange(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
