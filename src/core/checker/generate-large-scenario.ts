/**
 * A large valid scenario, for the checker's benchmark and tests: the same text for the same size
 * and seed, and no findings. Decision states (2-4 options, mood actions, mood-guarded branches,
 * patience timers), a routing state every 17 states, up to five outcomes. Moves go forward within
 * a window of eight states, along a spine (the first option, or the route's fallback, leads to the
 * next state) so every state is reachable and can end. One state in fifty is a hold: "I come back
 * to you" loops on itself until the agent transfers (escalated) or the customer hangs up
 * (abandoned), so those two outcomes have unbounded paths while the others have exact counts.
 */
import { mulberry32 } from '../random/prng';
import { printJson } from './print-json';

const SKILLS = ['ACC', 'DEC', 'EMP', 'RES', 'CNF', 'CON'] as const;
const DECLARED = ['ACC', 'DEC', 'EMP', 'ATT', 'RES', 'CNF', 'CON'] as const;
const OUTCOMES = ['resolved', 'callback', 'complaint', 'escalated', 'abandoned'] as const;
const WINDOW = 8;
const ROUTE_EVERY = 17;
const HOLD_EVERY = 50;

type Json = Record<string, unknown>;

/** Lay out like a trainer: a line per state key (meta, on, after…), a line per option or timer. */
const expandToOptions = (path: readonly string[]): boolean =>
  path.length < 3 || (path.length === 3 && path[0] === 'states' && (path[2] === 'on' || path[2] === 'after'));
type Kind = 'decision' | 'route' | 'hold';

function kindsOf(work: number): Kind[] {
  return Array.from({ length: work }, (_, index) => {
    if (index === 0 || index === work - 1) return 'decision';
    if (index % HOLD_EVERY === HOLD_EVERY / 2) return 'hold';
    return index % ROUTE_EVERY === 0 ? 'route' : 'decision';
  });
}

export function generateLargeScenario(states: number, seed = 1): string {
  if (!Number.isInteger(states) || states < 2) throw new RangeError('a generated scenario needs at least 2 states');
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;

  const finals = Math.min(OUTCOMES.length, Math.max(1, Math.floor(states / 10)));
  const work = states - finals;
  const kinds = kindsOf(work);
  const width = String(states - 1).length;
  const name = (index: number) => `s${String(index).padStart(width, '0')}`;
  const finalName = (outcome: number) => name(work + (outcome % finals));
  /** The next state on the spine: holds are side trips, entered by their own option. */
  const spine = (from: number) => {
    let to = from + 1;
    while (kinds[to] === 'hold') to++;
    return name(to);
  };
  const forward = (from: number) =>
    from >= work - 1 || next() < 0.1 ? finalName(int(0, 2)) : name(int(from + 1, Math.min(work - 1, from + WINDOW)));
  const scored = new Set<string>();
  const option = (text: string, effects: Json, target: string, extra: Json = {}): Json => {
    for (const [skill, value] of Object.entries(effects)) if (value) scored.add(skill);
    return { target, ...extra, meta: { option: { text, effects, feedback: 'Retour du coach.' } } };
  };
  const mood = () => (next() < 0.5 ? [{ type: 'moodUp' }] : [{ type: 'moodDown', params: { by: int(1, 2) } }]);
  const patience = (target: string, skill: string, effect: number, delay = 'patience'): Json => {
    scored.add(skill);
    return { after: { [delay]: { target, meta: { timeout: { text: '(silence)', effects: { [skill]: effect }, feedback: 'Trop long.' } } } } };
  };

  const decision = (index: number): Json => {
    const last = index === work - 1;
    const skill = pick(SKILLS);
    const other = pick(SKILLS.filter((s) => s !== skill));
    const on: Json = {};
    const count = last ? Math.max(2, finals) : int(2, 4);
    for (let k = 0; k < count; k++) {
      const text = `Réponse ${k + 1}, étape ${index}.`;
      const effects = k === 0 ? { [skill]: 2 } : k === 1 ? { [skill]: -1, [other]: int(-2, 2) } : { [pick(SKILLS)]: int(-2, 2) };
      const guarded = k === 1 && !last && next() < 0.3;
      on[`opt.${k + 1}`] = guarded
        ? [option(text, effects, forward(index), { guard: { type: 'moodAtMost', params: { mood: 'irritated' } }, actions: mood() }), { target: forward(index) }]
        : option(text, effects, last ? finalName(k) : k === 0 ? spine(index) : forward(index), { actions: mood() });
    }
    if (kinds[index + 1] === 'hold') on['opt.hold'] = option('Je vous mets en attente.', { ATT: 1 }, name(index + 1));
    const line = { text: `Le client parle, étape ${index}.` };
    const variants = next() < 0.2 ? { variants: [{ when: { moodAtMost: 'angry' }, text: `Le client s'agace, étape ${index}.` }] } : {};
    return { meta: { line, ...variants }, on, ...(next() < 0.6 ? patience(forward(index), 'ATT', -1) : {}) };
  };

  const hold = (index: number): Json => ({
    meta: { line: { text: '(musique d\'attente)' } },
    on: {
      'opt.check-back': option('Encore un instant, je vérifie.', { ATT: -1 }, name(index)),
      'opt.transfer': option('Je vous passe le service concerné.', { ATT: 1 }, finalName(3)),
    },
    ...patience(finalName(4), 'ATT', -2, 'holdLimit'),
  });

  const route = (index: number): Json => ({
    always: [{ target: forward(index), guard: { type: 'moodAtLeast', params: { mood: 'neutral' } } }, { target: spine(index) }],
  });

  const stateConfigs: Record<string, Json> = {};
  kinds.forEach((kind, index) => {
    stateConfigs[name(index)] = kind === 'hold' ? hold(index) : kind === 'route' ? route(index) : decision(index);
  });
  for (let k = 0; k < finals; k++) {
    const kind = OUTCOMES[k] ?? 'resolved';
    stateConfigs[finalName(k)] = { type: 'final', meta: { outcome: { kind, summary: `Fin de l'appel (${kind}).` } } };
  }

  const file = {
    $schema: '../public/scenario.schema.json',
    initial: name(0),
    meta: {
      formatVersion: 1,
      id: `generated-${states}`,
      title: `Appel généré (${states} états)`,
      locale: 'fr-FR',
      summary: 'Un très grand appel généré pour mesurer le vérificateur.',
      persona: { name: 'Client généré', role: 'Client', mood: 'neutral', patienceSeconds: 20 },
      difficulty: 'hard',
      skills: DECLARED.filter((skill) => scored.has(skill)),
      expectedMinutes: 30,
    },
    states: stateConfigs,
  };
  return `${printJson(file, expandToOptions)}\n`;
}
