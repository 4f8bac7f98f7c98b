/** Small valid scenario files for tests, in the shape trainers write. Override any part. */
import { parseScenario } from '../../src/core/scenario/parse-scenario';
import type { Scenario } from '../../src/core/scenario/scenario-types';

export type Json = Record<string, unknown>;

export function fakeOption(text: string, target: string, extra: Json = {}): Json {
  return {
    target,
    meta: { option: { text, effects: { ACC: 1 }, feedback: `Feedback for ${text}` } },
    ...extra,
  };
}

/**
 * A three-decision call: greet → verify → solve, with a patience timer at greet,
 * a mood-guarded option, and three outcomes.
 */
export function fakeScenarioFile(overrides: Json = {}): Json {
  return {
    $schema: '../public/scenario.schema.json',
    initial: 'greet',
    meta: {
      formatVersion: 1,
      id: 'test-call',
      title: 'Appel de test',
      locale: 'fr-FR',
      summary: 'Un appel pour les tests.',
      persona: { name: 'Karine', role: 'Acheteuse', mood: 'neutral', patienceSeconds: 20 },
      difficulty: 'easy',
      skills: ['ACC', 'CNF'],
      expectedMinutes: 2,
    },
    states: {
      greet: {
        meta: { line: { text: 'Bonjour, ma commande ?' } },
        on: {
          'opt.greet': { target: 'verify', actions: [{ type: 'moodUp' }], meta: { option: { text: 'Bonjour, Julien, ADV.', effects: { ACC: 2 }, feedback: 'Bonne présentation.' } } },
          'opt.rude': { target: 'verify', actions: [{ type: 'moodDown', params: { by: 2 } }], meta: { option: { text: "C'est pour quoi ?", effects: { ACC: -2 }, feedback: 'Accueil sec.' } } },
        },
        after: {
          patience: { target: 'lost', meta: { timeout: { text: '(silence)', effects: { ACC: -1 }, feedback: 'Trop long.' } } },
        },
      },
      verify: {
        meta: {
          line: { text: 'Oui, alors ?' },
          variants: [{ when: { moodAtMost: 'irritated' }, text: 'Bon, vous vous réveillez ?' }],
        },
        on: {
          'opt.check': { target: 'solved', meta: { option: { text: 'Votre numéro client ?', effects: { CNF: 2 }, feedback: 'Sécurité.' } } },
          'opt.skip': [
            { target: 'complaint', guard: { type: 'moodAtMost', params: { mood: 'irritated' } }, meta: { option: { text: 'Voici les détails.', effects: { CNF: -2 }, feedback: 'Pas de vérification.', fatal: 'identity-breach' } } },
            { target: 'solved' },
          ],
          'opt.bonus': { target: 'solved', guard: { type: 'moodAtLeast', params: { mood: 'reassured' } }, meta: { option: { text: 'Un geste ?', effects: {}, feedback: 'Seulement si détendue.' } } },
        },
      },
      solved: { type: 'final', meta: { line: { text: 'Merci, au revoir.' }, outcome: { kind: 'resolved', summary: 'Commande suivie.' } } },
      complaint: { type: 'final', meta: { outcome: { kind: 'complaint', summary: 'Elle se plaint.' } } },
      lost: { type: 'final', meta: { outcome: { kind: 'lost', summary: 'Elle raccroche.' } } },
    },
    ...overrides,
  };
}

export function toText(file: Json): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseOrThrow(file: Json | string, name = 'test-call.json'): Scenario {
  const result = parseScenario(typeof file === 'string' ? file : toText(file), name);
  if (!result.ok) throw new Error(result.findings.map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`).join('\n'));
  return result.scenario;
}
