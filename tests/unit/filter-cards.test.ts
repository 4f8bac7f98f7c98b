import { describe, expect, it } from 'vitest';
import { filterCards } from '../../src/core/scenario/filter-cards';
import type { ScenarioCard } from '../../src/core/scenario/scenario-card';

const card = (id: string, over: Partial<ScenarioCard>): ScenarioCard => ({
  id, file: `scenarios/${id}.json`, title: id, summary: '', locale: 'fr-FR', language: 'fr', persona: { name: 'A', role: 'B' },
  difficulty: 'easy', skills: ['ACC'], expectedMinutes: 2, ...over,
});

const cards = [
  card('a', { skills: ['ACC', 'CNF'], difficulty: 'easy' }),
  card('b', { skills: ['ATT'], difficulty: 'hard', language: 'en', locale: 'en-GB' }),
  card('c', { skills: ['ATT', 'CNF'], difficulty: 'medium' }),
];

describe('filterCards', () => {
  it('lets everything through with no filter', () => {
    expect(filterCards(cards, {}).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('keeps the calls that train a skill', () => {
    expect(filterCards(cards, { skill: 'CNF' }).map((c) => c.id)).toEqual(['a', 'c']);
  });
  it('combines skill, difficulty and language', () => {
    expect(filterCards(cards, { skill: 'ATT', difficulty: 'hard' }).map((c) => c.id)).toEqual(['b']);
    expect(filterCards(cards, { skill: 'ATT', language: 'fr' }).map((c) => c.id)).toEqual(['c']);
    expect(filterCards(cards, { language: 'en', difficulty: 'easy' })).toEqual([]);
  });
});
