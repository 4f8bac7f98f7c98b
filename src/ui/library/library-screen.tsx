import { useState } from 'react';
import { filterCards, type CardFilter } from '../../core/scenario/filter-cards';
import type { BrokenScenarioCard, ScenarioCard } from '../../core/scenario/scenario-card';
import { SKILLS } from '../../core/skills/skills';
import { LibraryFilters } from './library-filters';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  cards: readonly ScenarioCard[];
  broken: readonly BrokenScenarioCard[];
  onStart: (card: ScenarioCard) => void;
}

/** The calls an agent can practise, as cards. */
export function LibraryScreen({ cards, broken, onStart }: Props) {
  const { t, pick } = useI18n();
  const [filter, setFilter] = useState<CardFilter>({});
  const shown = filterCards(cards, filter);
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title" tabIndex={-1}>
        {t('library.title')}
      </h1>
      <p className="lead">{t('app.tagline')}</p>
      {cards.length > 0 ? <LibraryFilters value={filter} onChange={setFilter} /> : null}
      <p className="muted" role="status">
        {shown.length === cards.length ? t('library.count', { count: cards.length }) : t('library.shown', { shown: shown.length, count: cards.length })}
      </p>
      {cards.length === 0 ? <p>{t('library.empty')}</p> : shown.length === 0 ? <p>{t('library.noMatch')}</p> : null}
      <ul className="cards">
        {shown.map((card) => (
          <li key={card.id} className="card">
            <h2 className="card__title" lang={card.locale}>{card.title}</h2>
            <p className="card__persona">
              <span className="muted">{t('library.persona')} · </span>
              {card.persona.name}, {card.persona.role}
            </p>
            <p className="card__summary" lang={card.locale}>{card.summary}</p>
            <p className="card__facts">
              <span className={`badge badge--${card.difficulty}`}>{t(`library.difficulty.${card.difficulty}`)}</span>
              <span className="badge">{t('library.minutes', { minutes: card.expectedMinutes })}</span>
              <span className="badge">{t(`library.language.${card.language}`)}</span>
            </p>
            <p className="card__skills">
              <span className="visually-hidden">{t('library.skills')}: </span>
              {card.skills.map((id) => (
                <span key={id} className="skill-chip" title={pick(SKILLS[id].definition)}>
                  {pick(SKILLS[id].label)}
                </span>
              ))}
            </p>
            <button type="button" className="button button--primary" onClick={() => onStart(card)} aria-label={t('library.startNamed', { title: card.title })}>
              {t('library.start')}
            </button>
          </li>
        ))}
      </ul>
      {broken.map((card) => (
        <div key={card.file} className="card card--broken" role="alert">
          <p>
            {t('library.broken')} <code>{card.file}</code>
          </p>
          <pre>{card.errors.join('\n')}</pre>
        </div>
      ))}
    </section>
  );
}
