import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/core/scenario/json-schema';
import { ACTIONS, DELAYS, GUARDS } from '../../src/core/scenario/registry';

describe('published format artefacts stay in step with the code', () => {
  it('public/scenario.schema.json is the generated schema (run `npm run schema` after changing the format)', () => {
    const committed = JSON.parse(readFileSync('public/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('docs/scenario-format.md documents every registry name with its description', () => {
    const doc = readFileSync('docs/scenario-format.md', 'utf8');
    const table = doc.slice(doc.indexOf('<!-- registry:start -->'), doc.indexOf('<!-- registry:end -->'));
    const entries = [
      ...Object.entries(ACTIONS).map(([n, e]) => ['action', n, e.description]),
      ...Object.entries(GUARDS).map(([n, e]) => ['guard', n, e.description]),
      ...Object.entries(DELAYS).map(([n, e]) => ['delay', n, e.description]),
    ];
    for (const [kind, name, description] of entries) {
      expect(table).toContain(`| ${kind} | \`${name}\` |`);
      expect(table).toContain(`| ${description} |`);
    }
    expect(table.split('\n').filter((l) => /^\| (action|guard|delay) \|/.test(l))).toHaveLength(entries.length);
  });

  it('the JSON Schema lists the registry names for autocompletion', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    for (const name of [...Object.keys(ACTIONS), ...Object.keys(GUARDS), ...Object.keys(DELAYS)]) expect(text).toContain(`"${name}"`);
  });
});
