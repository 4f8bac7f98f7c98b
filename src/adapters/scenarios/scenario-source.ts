/**
 * Where the app's scenarios come from: cards from the build-time catalog, full text fetched on
 * demand (one small chunk per file) and parsed at the boundary when a call starts.
 */
import { broken, cards } from 'virtual:scenario-catalog';
import type { BrokenScenarioCard, ScenarioCard } from '../../core/scenario/scenario-card';

const texts = import.meta.glob<string>('/scenarios/*.json', { query: '?raw', import: 'default' });

export function libraryCards(): readonly ScenarioCard[] {
  return cards;
}

export function brokenCards(): readonly BrokenScenarioCard[] {
  return broken;
}

export async function loadScenarioText(file: string): Promise<string> {
  const load = texts[`/${file}`];
  if (!load) throw new Error(`No scenario file ${file}`);
  return load();
}
