/**
 * The checker and the phone's controls: a state's declared reaction (`call.hold`, `call.transfer.warm`…)
 * is a move like an option's branch, so states reached only through one are reachable, a state whose
 * way out is a reaction is no dead end, and `meta.control` effects count in the score ranges. The
 * engine's default reactions (a transfer or a long hold ending the call) are not moves.
 */
import { describe, expect, it } from 'vitest';
import { buildCallGraph } from '../../src/core/checker/call-graph';
import { checkScenario } from '../../src/core/checker/check-scenario';
import { fakeScenarioFile, parseOrThrow, toText, type Json } from '../factories/scenario-factory';

const option = (target: string, effects: Json = {}): Json => ({ target, meta: { option: { text: `Vers ${target}`, effects, feedback: 'Retour.' } } });
const decision = (on: Json): Json => ({ meta: { line: { text: 'Le client parle.' } }, on });
const final = (kind: string): Json => ({ type: 'final', meta: { outcome: { kind, summary: 'Fin.' } } });

function call(states: Json, skills = ['ACC', 'ATT', 'TRF']): Json {
  const base = fakeScenarioFile();
  return { ...base, initial: 'open', meta: { ...(base.meta as Json), skills }, states };
}

const check = (file: Json) => checkScenario(toText(file), 'controls.json');
const codes = (file: Json) => check(file).findings.map((f) => `${f.code} ${f.path.join('/')}`);

/**
 * open ─answer (ACC+1)→ done
 *   ├ call.hold (ATT-2, guarded: angry or worse) → hung-up
 *   ├ call.hold (otherwise) → annoyed ─sorry (ATT+1)→ done
 *   └ call.transfer.warm (TRF+2) → colleague (final, escalated)
 */
const controlled = call({
  open: decision({
    answer: option('done', { ACC: 1 }),
    'call.hold': [
      { target: 'hung-up', guard: { type: 'moodAtMost', params: { mood: 'angry' } }, meta: { control: { feedback: 'Attente imposée.', effects: { ATT: -2 } } } },
      { target: 'annoyed' },
    ],
    'call.transfer.warm': { target: 'colleague', meta: { control: { feedback: 'Transfert présenté.', effects: { TRF: 2 } } } },
  }),
  annoyed: decision({ sorry: option('done', { ATT: 1 }) }),
  done: final('resolved'),
  'hung-up': final('abandoned'),
  colleague: final('escalated'),
});

describe('the call graph and the phone controls', () => {
  it('makes each declared reaction branch a move that is no answer, with its meta.control effects', () => {
    const graph = buildCallGraph(parseOrThrow(controlled));
    const at = (id: string) => graph.indexOf.get(id);
    expect(graph.out[at('open')!]).toEqual([
      { to: at('done'), kind: 'option', decisions: 1, effects: { ACC: 1 } },
      { to: at('hung-up'), kind: 'control', decisions: 0, effects: { ATT: -2 } },
      { to: at('annoyed'), kind: 'control', decisions: 0, effects: { ATT: -2 } },
      { to: at('colleague'), kind: 'control', decisions: 0, effects: { TRF: 2 } },
    ]);
  });

  it('finds states reached only through a reaction reachable, and scores the reactions', () => {
    const result = check(controlled);
    expect(result.findings).toEqual([]);
    expect(result.summary?.outcomes.map((o) => [o.state, o.paths])).toEqual([
      ['done', '2'],
      ['hung-up', '1'],
      ['colleague', '1'],
    ]);
    expect(result.summary?.shortestCall).toBe(0);
    expect(result.summary?.skills.map(({ skill, min, max }) => [skill, min, max])).toEqual([
      ['ACC', 0, 1],
      ['ATT', -2, 0],
      ['TRF', 0, 2],
    ]);
  });

  it('does not call a state whose only way on is a reaction a dead end', () => {
    const file = call({
      open: decision({ ask: option('holding', { ATT: 1 }) }),
      holding: { tags: ['hold-agreed'], meta: { line: { text: 'Je patiente.' } }, on: { 'call.resume': 'done', 'call.transfer.cold': { target: 'colleague', meta: { control: { feedback: 'Sans présentation.', effects: { TRF: -2 } } } } } },
      done: final('resolved'),
      colleague: final('escalated'),
    }, ['ATT', 'TRF']);
    expect(codes(file)).toEqual([]);
  });

  it('still reports dead ends and unreachable states: default reactions are not moves', () => {
    const file = call({
      open: decision({ ask: option('stuck', { ATT: 1, TRF: 1 }) }),
      stuck: { meta: { line: { text: 'Allô ?' } } },
      done: final('resolved'),
    }, ['ATT', 'TRF']);
    expect(codes(file)).toEqual(['no-reachable-final initial', 'dead-end states/stuck', 'unreachable-state states/done']);
  });

  it('reports a skill scored only by a reaction as scored, and an undeclared one at its meta.control effect', () => {
    const file = call(
      {
        open: decision({
          answer: option('done', { ACC: 1 }),
          'call.hold': { target: 'done', meta: { control: { feedback: 'Attente.', effects: { ATT: -1, EMP: -1 } } } },
        }),
        done: final('resolved'),
      },
      ['ACC', 'ATT'],
    );
    expect(codes(file)).toEqual(['skill-not-declared states/open/on/call.hold/meta/control/effects/EMP']);
  });

  it('reports a reaction branch shadowed by an unguarded one', () => {
    const file = call({
      open: decision({ answer: option('done', { ACC: 1, ATT: 1, TRF: 1 }), 'call.mute': [{ target: 'done' }, { target: 'done', guard: { type: 'moodAtLeast', params: { mood: 'neutral' } } }] }),
      done: final('resolved'),
    });
    const [finding] = check(file).findings;
    expect(finding?.code).toBe('shadowed-branch');
    expect(finding?.message).toBe('branch 2 of control "call.mute" in "open" is never taken: an earlier branch has no guard, so it is always taken first');
  });
});
