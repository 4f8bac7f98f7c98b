/**
 * Hand-built call logs for scoring tests, and a small scenario to score them against.
 * A log reads like the call: `callLog().pickUp(4_000).hears('open', '…').answers('open', 'greet', …).ends('resolved')`.
 */
import type { CallEvent, CallOutcome, EndReason } from '../../src/core/engine/call-log';
import type { OutcomeKind } from '../../src/core/scenario/outcomes';
import type { ScoredCall } from '../../src/core/analytics/measure-skills';
import type { Scenario } from '../../src/core/scenario/scenario-types';
import type { SkillTallies, SkillTally } from '../../src/core/scoring/score-types';
import { parseOrThrow, type Json } from './scenario-factory';

function option(text: string, target: string, effects: Json, extra: Json = {}): Json {
  return { target, meta: { option: { text, effects, feedback: `Why: ${text}`, ...extra } } };
}

/**
 * Five decision states, each testing a few skills, with every fatal kind:
 * - open (ACC, CNF): greet {ACC 2, CNF 1} · blunt {ACC -2} · timer `patience` (20 s) {ACC -1}
 * - verify (CNF, EMP): check {CNF 2} · leak {CNF -2, identity-breach} · warm {CNF 2, EMP 2} only when the mood is reassured or better
 * - solve (RES, LAN): facts {RES 2, LAN 1} · promise {RES 1, false-promise} · vague {RES -1, LAN -2}
 * - tense (MAI, REC), tight `shortPatience` timer (8 s) with no effects: calm {MAI 2, REC 1} · snap {MAI -2, abusive}
 * - close (CON): recap {CON 2} · bye {CON -1} · shrug {} (missing effect = 0)
 * - wait: a state with no options, only a `silence` timer (the customer is looking for a paper)
 */
export function scoringScenarioFile(): Json {
  return {
    initial: 'open',
    meta: {
      formatVersion: 1,
      id: 'scoring-test',
      title: 'Appel de test du score',
      locale: 'fr-FR',
      summary: 'Un appel pour tester le score.',
      persona: { name: 'Karine', role: 'Acheteuse', mood: 'neutral', patienceSeconds: 20 },
      difficulty: 'easy',
      skills: ['ACC', 'CNF'],
      expectedMinutes: 2,
    },
    states: {
      open: {
        meta: { title: 'Prise d’appel', line: { text: 'Bonjour, ma commande ?' } },
        on: {
          greet: option('Bonjour, Julien, ADV. Votre numéro client ?', 'verify', { ACC: 2, CNF: 1 }),
          blunt: option("C'est pour quoi ?", 'verify', { ACC: -2 }),
        },
        after: { patience: { target: 'lost', meta: { timeout: { text: '(silence)', effects: { ACC: -1 }, feedback: 'Vingt secondes sans rien.' } } } },
      },
      verify: {
        meta: { line: { text: 'Le 20 45 33.' } },
        on: {
          check: option('Je vérifie : Elec’Ouest, c’est bien cela ?', 'solve', { CNF: 2 }),
          leak: option('Votre commande part jeudi, à l’adresse de Nantes.', 'solve', { CNF: -2 }, { fatal: 'identity-breach' }),
          warm: { target: 'solve', guard: { type: 'moodAtLeast', params: { mood: 'reassured' } }, meta: { option: { text: 'Merci, je vérifie tout de suite.', effects: { CNF: 2, EMP: 2 }, feedback: 'Why: warm' } } },
        },
      },
      solve: {
        meta: { line: { text: 'Alors, elle part quand ?' } },
        on: {
          facts: option('Trois palettes jeudi, la quatrième vendredi.', 'close', { RES: 2, LAN: 1 }),
          promise: option('Pas de souci, tout part jeudi.', 'close', { RES: 1 }, { fatal: 'false-promise' }),
          vague: option('Normalement ça devrait aller.', 'close', { RES: -1, LAN: -2 }),
        },
      },
      tense: {
        meta: { line: { text: 'Vous vous moquez de moi ?' } },
        on: {
          calm: option('Je comprends, je reprends les faits.', 'close', { MAI: 2, REC: 1 }),
          snap: option('Ce n’est pas ma faute, hein.', 'close', { MAI: -2 }, { fatal: 'abusive' }),
        },
        after: { shortPatience: { target: 'lost' } },
      },
      close: {
        meta: { line: { text: 'Bon, très bien.' } },
        on: {
          recap: option('Je récapitule : jeudi et vendredi, confirmation par e-mail.', 'done', { CON: 2 }),
          bye: option('Bon ben voilà.', 'done', { CON: -1 }),
          shrug: option('Au revoir.', 'done', {}),
        },
      },
      wait: {
        meta: { line: { text: 'Attendez, je cherche le papier…' } },
        after: { silence: { target: 'close' } },
      },
      done: { type: 'final', meta: { outcome: { kind: 'resolved', summary: 'Commande suivie.' } } },
      lost: { type: 'final', meta: { outcome: { kind: 'lost', summary: 'Elle raccroche.' } } },
    },
  };
}

export function scoringScenario(): Scenario {
  return parseOrThrow(scoringScenarioFile(), 'scoring-test.json');
}

/** The options each state offers when no guard blocks them (`warm` needs a good mood). */
export const OFFERED: Readonly<Record<string, string[]>> = {
  open: ['greet', 'blunt'],
  verify: ['check', 'leak'],
  solve: ['facts', 'promise', 'vague'],
  tense: ['calm', 'snap'],
  close: ['recap', 'bye', 'shrug'],
  wait: [],
};

/** Fast enough at every state of the scoring scenario: well within the reading allowance. */
export const QUICK_MS = 2_000;

export class CallLogBuilder {
  private at = 0;
  private enteredAt = 0;
  private readonly events: CallEvent[] = [{ type: 'ring', at: 0 }];

  pickUp(ringMs = 3_000): this {
    this.at = ringMs;
    this.events.push({ type: 'pickup', at: ringMs, ringMs });
    return this;
  }

  /**
   * The customer's line in a state; `mood` as the engine records it (-3 … 3). With `speakingMs`, the
   * customer takes that long to say it, and answers and timers count from its end (as the engine
   * logs them); without, the log reads like one recorded before speaking time was measured.
   */
  hears(stateId: string, text = `Line of ${stateId}`, mood = 0, speakingMs?: number): this {
    this.events.push({ type: 'line', at: this.at, stateId, text, mood, ...(speakingMs !== undefined ? { speakingMs } : {}) });
    this.at += speakingMs ?? 0;
    this.enteredAt = this.at;
    return this;
  }

  answers(stateId: string, optionId: string, options: { afterMs?: number; offered?: string[]; text?: string } = {}): this {
    this.at = this.enteredAt + (options.afterMs ?? QUICK_MS);
    this.events.push({
      type: 'decision',
      at: this.at,
      stateId,
      optionId,
      text: options.text ?? optionId,
      responseMs: this.at - this.enteredAt,
      offered: options.offered ?? OFFERED[stateId] ?? [],
    });
    return this;
  }

  waits(stateId: string, delay: string, waitedMs: number, options: { offered?: string[]; text?: string } = {}): this {
    this.at = this.enteredAt + waitedMs;
    this.events.push({
      type: 'timeout',
      at: this.at,
      stateId,
      delay,
      waitedMs,
      offered: options.offered ?? OFFERED[stateId] ?? [],
      ...(options.text ? { text: options.text } : {}),
    });
    return this;
  }

  pauses(pausedMs: number): this {
    this.events.push({ type: 'pause', at: this.at }, { type: 'resume', at: this.at, pausedMs });
    return this;
  }

  ends(kind: OutcomeKind = 'resolved', reason: EndReason = 'final', extra: Partial<CallOutcome> = {}): CallEvent[] {
    this.at += 500;
    this.events.push({ type: 'end', at: this.at, outcome: { kind, reason, ...extra } });
    return this.events;
  }

  /** The log so far, without an end (a call cut short). */
  build(): CallEvent[] {
    return this.events;
  }
}

export function callLog(): CallLogBuilder {
  return new CallLogBuilder();
}

/** A full call through the scoring scenario, answering `choices` in order (open → verify → solve → close). */
export function pathLog(choices: { open: string; verify: string; solve: string; close: string }): CallEvent[] {
  return callLog()
    .pickUp()
    .hears('open', 'Bonjour, ma commande ?')
    .answers('open', choices.open)
    .hears('verify', 'Le 20 45 33.')
    .answers('verify', choices.verify)
    .hears('solve', 'Alors, elle part quand ?')
    .answers('solve', choices.solve)
    .hears('close', 'Bon, très bien.')
    .answers('close', choices.close)
    .ends('resolved');
}

/**
 * A skill tally as scoring produces it, from the decisions, how many got the best option and the
 * score: each decision ranges over [-2, 2] (span 4), so Σ(earned − worst) = score% of 4 × decisions.
 */
export function fakeTally(decisions: number, bestChosen: number, score: number): SkillTally {
  const worst = -2 * decisions;
  return { score, decisions, bestChosen, penalties: 0, earned: worst + (score / 100) * 4 * decisions, best: 2 * decisions, worst };
}

export function fakeScoredCall(at: number, skills: SkillTallies, scenarioId = 'scoring-test'): ScoredCall {
  return { at, scenarioId, skills };
}
