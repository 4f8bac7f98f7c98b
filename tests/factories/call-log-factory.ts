/**
 * Hand-built call logs for scoring tests, and a small scenario to score them against.
 * A log reads like the call: `callLog().pickUp(4_000).hears('open', '…').answers('open', 'greet', …).ends('resolved')`,
 * phone controls included: `.holds('verify').missesCheckBack('verify', 45_000).resumes('verify', 50_000)`.
 */
import type { CallEvent, CallOutcome, ControlEntry, ControlReaction, EndReason } from '../../src/core/engine/call-log';
import type { OutcomeKind } from '../../src/core/scenario/outcomes';
import type { ScoredCall } from '../../src/core/analytics/measure-skills';
import type { Scenario } from '../../src/core/scenario/scenario-types';
import type { ControlDetails, SkillTallies, SkillTally } from '../../src/core/scoring/score-types';
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

/**
 * The scoring scenario with reactions declared to the phone's controls (`meta.control`):
 * - solve: `call.hold` stays in solve, mood -2, {ATT -2} (a hold without asking, as the format's example);
 *   `call.transfer.warm` to `escalated` (final), {TRF 2} (the right service, with the file);
 *   `call.mute` with feedback and no effects;
 * - tense: `call.hangup` to `lost`, {MAI -2, REC 1} (hanging up on a tense customer: firm, but not steady);
 * - close: `call.hangup` to `done`, {CON -1} (hanging up while she says goodbye).
 * Everywhere else, and for the other controls, the default reactions apply.
 */
export function reactingScenarioFile(): Json {
  const file = scoringScenarioFile();
  const states = file.states as Record<string, Json>;
  const control = (target: string, effects: Json | undefined, feedback: string, extra: Json = {}): Json => ({
    target,
    ...extra,
    meta: { control: { feedback, ...(effects ? { effects } : {}) } },
  });
  Object.assign(states.solve!.on as Json, {
    'call.hold': control('solve', { ATT: -2 }, 'Mise en attente sans demander ni donner de durée (ATT).', { actions: [{ type: 'moodDown', params: { by: 2 } }] }),
    'call.transfer.warm': control('escalated', { TRF: 2 }, 'Le bon service, avec le dossier présenté : elle ne répète rien (TRF).'),
    'call.mute': control('solve', undefined, 'Micro coupé : elle entend un silence.'),
  });
  Object.assign(states.tense!.on as Json, {
    'call.hangup': control('lost', { MAI: -2, REC: 1 }, 'Raccrocher met fin aux reproches, pas au problème (MAI).'),
  });
  Object.assign(states.close!.on as Json, {
    'call.hangup': control('done', { CON: -1 }, 'Laissez la cliente raccrocher la première (CON).'),
  });
  states.escalated = { type: 'final', meta: { outcome: { kind: 'escalated', summary: 'Transférée au service expédition.' } } };
  return file;
}

export function reactingScenario(): Scenario {
  return parseOrThrow(reactingScenarioFile(), 'scoring-test-reacting.json');
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

/** How a control entry was logged: who reacted, and the mood before and after (default: the default reaction, mood 0). */
export interface ControlOptions {
  /** Ms after the previous event (default 1 s). */
  afterMs?: number;
  reaction?: ControlReaction;
  moodBefore?: number;
  /** Default: `moodBefore`. */
  mood?: number;
}

export class CallLogBuilder {
  private at = 0;
  private enteredAt = 0;
  private holdAt = 0;
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

  /** The agent uses a phone control (the control's own fields in `details`). */
  controls(stateId: string, details: ControlDetails, options: ControlOptions = {}): this {
    this.at += options.afterMs ?? 1_000;
    if (details.control === 'hold') this.holdAt = this.at;
    const moodBefore = options.moodBefore ?? 0;
    this.events.push({ type: 'control', at: this.at, stateId, reaction: options.reaction ?? 'default', moodBefore, mood: options.mood ?? moodBefore, ...details } as ControlEntry);
    return this;
  }

  /** Puts the customer on hold; `agreed`: the state carried the `hold-agreed` tag. */
  holds(stateId: string, options: ControlOptions & { agreed?: boolean } = {}): this {
    return this.controls(stateId, { control: 'hold', agreed: options.agreed ?? false }, options);
  }

  /** A check-back fell due `heldMs` into the hold (the `missed`-th of this hold). */
  missesCheckBack(stateId: string, heldMs: number, missed = 1, mood: { moodBefore?: number; mood?: number } = {}): this {
    this.at = this.holdAt + heldMs;
    const moodBefore = mood.moodBefore ?? 0;
    this.events.push({ type: 'hold-check-missed', at: this.at, stateId, heldMs, missed, moodBefore, mood: mood.mood ?? moodBefore - 1 });
    return this;
  }

  /** Takes the customer back `heldMs` after the hold began; the time on hold does not count in the next answer's response time. */
  resumes(stateId: string, heldMs: number, options: Omit<ControlOptions, 'afterMs'> & { missedCheckBacks?: number } = {}): this {
    this.at = this.holdAt;
    this.enteredAt += heldMs;
    return this.controls(stateId, { control: 'resume', heldMs, missedCheckBacks: options.missedCheckBacks ?? 0 }, { ...options, afterMs: heldMs });
  }

  /** A transfer; with the default reaction a cold one makes the customer repeat themselves (as the engine logs it). */
  transfers(stateId: string, kind: 'warm' | 'cold', options: ControlOptions & { heldMs?: number } = {}): this {
    const customerRepeats = kind === 'cold' && (options.reaction ?? 'default') === 'default';
    const heldMs = options.heldMs !== undefined ? { heldMs: options.heldMs } : {};
    return this.controls(stateId, { control: kind === 'warm' ? 'transfer-warm' : 'transfer-cold', customerRepeats, ...heldMs }, options);
  }

  mutes(stateId: string, options: ControlOptions = {}): this {
    return this.controls(stateId, { control: 'mute' }, options);
  }

  unmutes(stateId: string, options: ControlOptions = {}): this {
    return this.controls(stateId, { control: 'unmute' }, options);
  }

  /** The agent hangs up mid-call (the `end` that follows says how the call ended). */
  hangsUp(stateId: string, options: ControlOptions & { heldMs?: number } = {}): this {
    return this.controls(stateId, { control: 'hangup', ...(options.heldMs !== undefined ? { heldMs: options.heldMs } : {}) }, options);
  }

  /** Time passes with nothing logged (e.g. on hold). */
  elapses(ms: number): this {
    this.at += ms;
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
