/** The library's filters: by skill trained, difficulty and language. An empty filter lets everything through. */
import type { Language } from '../i18n/localized';
import type { SkillId } from '../skills/skills';
import type { ScenarioCard } from './scenario-card';
import type { Difficulty } from './scenario-schema';

export interface CardFilter {
  skill?: SkillId;
  difficulty?: Difficulty;
  language?: Language;
}

export function filterCards(cards: readonly ScenarioCard[], filter: CardFilter): ScenarioCard[] {
  return cards.filter(
    (card) =>
      (!filter.skill || card.skills.includes(filter.skill)) &&
      (!filter.difficulty || card.difficulty === filter.difficulty) &&
      (!filter.language || card.language === filter.language),
  );
}
