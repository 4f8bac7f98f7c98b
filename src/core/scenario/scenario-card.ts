/** What the library shows of a call before it is loaded: a summary of its meta. */
import type { Language } from '../i18n/localized';
import type { SkillId } from '../skills/skills';
import type { Difficulty } from './scenario-schema';
import type { Scenario } from './scenario-types';

export interface ScenarioCard {
  id: string;
  file: string;
  title: string;
  summary: string;
  locale: string;
  language: Language;
  persona: { name: string; role: string };
  difficulty: Difficulty;
  skills: SkillId[];
  expectedMinutes: number;
}

/** A file that could not be loaded: shown in development so the trainer sees why. */
export interface BrokenScenarioCard {
  file: string;
  errors: string[];
}

export function toCard(scenario: Scenario): ScenarioCard {
  return {
    id: scenario.id,
    file: scenario.file,
    title: scenario.title,
    summary: scenario.summary,
    locale: scenario.locale,
    language: scenario.language,
    persona: { name: scenario.persona.name, role: scenario.persona.role },
    difficulty: scenario.difficulty,
    skills: scenario.skills,
    expectedMinutes: scenario.expectedMinutes,
  };
}
