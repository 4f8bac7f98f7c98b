declare module 'virtual:scenario-catalog' {
  import type { BrokenScenarioCard, ScenarioCard } from '../../core/scenario/scenario-card';
  export const cards: ScenarioCard[];
  export const broken: BrokenScenarioCard[];
}
