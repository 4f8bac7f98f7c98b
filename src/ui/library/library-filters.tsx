import { LANGUAGES, type Language } from '../../core/i18n/localized';
import type { CardFilter } from '../../core/scenario/filter-cards';
import { DIFFICULTIES } from '../../core/scenario/format-constants';
import type { Difficulty } from '../../core/scenario/scenario-schema';
import { SKILL_IDS, SKILLS, type SkillId } from '../../core/skills/skills';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  value: CardFilter;
  onChange: (filter: CardFilter) => void;
}

/** Three selects (skill, difficulty, language); "all" is the empty value. */
export function LibraryFilters({ value, onChange }: Props) {
  const { t, pick } = useI18n();
  const set = <K extends keyof CardFilter>(key: K, raw: string) => {
    const next = { ...value };
    if (raw === '') delete next[key];
    else next[key] = raw as CardFilter[K];
    onChange(next);
  };
  return (
    <form className="filters" aria-label={t('library.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('library.filter.skill')}
        <select value={value.skill ?? ''} onChange={(e) => set('skill', e.target.value as SkillId | '')}>
          <option value="">{t('library.filter.all')}</option>
          {SKILL_IDS.map((id) => (
            <option key={id} value={id}>
              {pick(SKILLS[id].label)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.filter.difficulty')}
        <select value={value.difficulty ?? ''} onChange={(e) => set('difficulty', e.target.value as Difficulty | '')}>
          <option value="">{t('library.filter.all')}</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {t(`library.difficulty.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('library.filter.language')}
        <select value={value.language ?? ''} onChange={(e) => set('language', e.target.value as Language | '')}>
          <option value="">{t('library.filter.all')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`library.language.${l}`)}
            </option>
          ))}
        </select>
      </label>
      {Object.keys(value).length > 0 ? (
        <button type="button" className="button button--small" onClick={() => onChange({})}>
          {t('library.filter.clear')}
        </button>
      ) : null}
    </form>
  );
}
